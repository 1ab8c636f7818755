import { getPayload, type Payload } from 'payload'

import { migrateToLatest } from '../../cms/lib/migrateToLatest'
import { postgresOf } from '../../cms/lib/db'

/**
 * A Payload instance on the configured database with every committed migration applied. Imported
 * lazily so that the environment (DATABASE_URL, PAYLOAD_SECRET) is in place before the config.
 */
export const openPayload = async (): Promise<Payload> => {
  // Without `cron: true` Payload starts no schedules here. (This once set FAZAA_JOBS=off on the
  // environment, which `npm start` then handed to the CMS: the CMS never ran a job.)
  const { default: config } = await import('../../cms/payload.config')
  const payload = await getPayload({ config })
  await migrateToLatest(payload)
  return payload
}

/**
 * Payload's destroy() leaves the pg pool open, and a client it keeps checked out makes
 * `pool.end()` wait forever: end the pool without waiting, and let the connections' termination
 * (when the embedded PostgreSQL stops) pass quietly instead of crashing the process.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const pool = postgresOf(payload).pool
  await payload.destroy()
  pool?.on('error', () => {})
  void pool?.end()
}
