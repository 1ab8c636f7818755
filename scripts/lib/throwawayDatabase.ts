import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres } from './embeddedPostgres'
import { freePort } from './freePort'

export interface ThrowawayDatabase {
  url: string
  stop: () => Promise<void>
}

/** A new database on the server of `serverUrl`, dropped by `stop`. */
const throwawayDatabaseOn = async (
  serverUrl: string,
  label: string,
): Promise<ThrowawayDatabase> => {
  const name = `fazaa_${label}_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    stop: async () => {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}

/**
 * A real PostgreSQL that nobody minds losing, for tests and benchmarks (they truncate and flood
 * tables): a new database on the server of `DATABASE_URL` when one is given, never that database
 * itself; otherwise an embedded server in a temporary folder, removed by `stop`.
 */
export const startThrowawayDatabase = async (label: string): Promise<ThrowawayDatabase> => {
  if (process.env.DATABASE_URL) return throwawayDatabaseOn(process.env.DATABASE_URL, label)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fazaa-${label}-pg-`))
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter the folder.
  fs.chmodSync(dir, 0o777)
  const database = await startEmbeddedPostgres({
    dir: path.join(dir, 'pg'),
    port: await freePort(),
    database: `fazaa_${label}`,
  })
  return {
    url: database.url,
    stop: async () => {
      await database.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
