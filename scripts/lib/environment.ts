import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { pinnedClock } from '@fazaa/shared/clock'

import {
  embeddedDatabaseUrl,
  startEmbeddedPostgres,
  type RunningDatabase,
} from './embeddedPostgres'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Every setting the README documents, with its default, put on process.env so that the CMS, the
 * portal and the Payload CLI started from here all see the same values.
 */
export const prepareEnvironment = (): void => {
  const envFile = path.join(ROOT, '.env')
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
  const env = process.env
  env.DATA_DIR = path.resolve(ROOT, env.DATA_DIR ?? '.data')
  env.CMS_PORT ??= '3000'
  env.PORTAL_PORT ??= '4321'
  env.PG_PORT ??= '54329'
  env.CMS_PUBLIC_URL ??= `http://localhost:${env.CMS_PORT}`
  env.PORTAL_PUBLIC_URL ??= `http://localhost:${env.PORTAL_PORT}`
  // One clock for every process started from here (shared/clock).
  if (env.FAZAA_NOW) env.FAZAA_NOW = pinnedClock(env.FAZAA_NOW)
  env.NEXT_TELEMETRY_DISABLED = '1'
  env.ASTRO_TELEMETRY_DISABLED = '1'
  fs.mkdirSync(env.DATA_DIR, { recursive: true })
  if (!env.PAYLOAD_SECRET) {
    // A secret made once per install and kept with the data, so sessions survive restarts.
    const secretFile = path.join(env.DATA_DIR, 'payload-secret')
    if (!fs.existsSync(secretFile)) {
      fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
    }
    env.PAYLOAD_SECRET = fs.readFileSync(secretFile, 'utf8').trim()
  }
}

/** Connects to `url` and says whether it answered. */
const answers = async (url: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * `DATABASE_URL` when set; otherwise the embedded PostgreSQL kept in `.data/pg`: the one
 * `npm start` is already running (a backup or a migration while the site is up shares it, never
 * stops it), or a new start of it.
 */
export const ensureDatabase = async (): Promise<RunningDatabase> => {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, fresh: false, stop: async () => {} }
  }
  const running = embeddedDatabaseUrl(Number(process.env.PG_PORT), 'fazaa')
  if (await answers(running)) {
    process.env.DATABASE_URL = running
    return { url: running, fresh: false, stop: async () => {} }
  }
  const database = await startEmbeddedPostgres({
    dir: path.join(process.env.DATA_DIR!, 'pg'),
    port: Number(process.env.PG_PORT),
    database: 'fazaa',
  })
  process.env.DATABASE_URL = database.url
  return database
}
