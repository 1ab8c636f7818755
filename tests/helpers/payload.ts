import { sql } from '@payloadcms/db-postgres'
import { migrateToLatest } from '../../cms/lib/migrateToLatest'
import { getPayload, type Payload } from 'payload'

import type { FazaaWorkflowOptions } from '../../cms/plugins/fazaaWorkflow'
import { sqlHandle } from '../../cms/lib/db'

/**
 * Payload on the run's throwaway database, migrated. `key` gives a separate instance, for a
 * configuration with other workflow options.
 */
export const testPayload = async (
  key = 'default',
  workflow: FazaaWorkflowOptions = { autoRunCron: false },
): Promise<Payload> => {
  const { buildFazaaConfig } = await import('../../cms/payload.config')
  const payload = await getPayload({ config: buildFazaaConfig(workflow), key })
  await migrateToLatest(payload)
  return payload
}

/** Empties every table but the migrations' record, so each test file starts from nothing. */
export const resetDatabase = async (payload: Payload): Promise<void> => {
  const db = await sqlHandle(payload)
  const { rows } = await db.execute(sql`
    SELECT tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> 'payload_migrations'
  `)
  const tables = rows.map((row) => `"${(row as { tablename: string }).tablename}"`).join(', ')
  await db.execute(sql.raw(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`))
}
