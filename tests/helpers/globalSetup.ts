import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres'
import { freePort } from './freePort'

/**
 * A fresh database on the server of `DATABASE_URL`, dropped afterwards: tests truncate tables,
 * so they never run on the database the URL names.
 */
const throwawayDatabaseOn = async (serverUrl: string) => {
  const name = `fazaa_test_${process.pid}_${Date.now()}`
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
 * A real, throwaway PostgreSQL for the integration tests: a new database on the server of
 * `DATABASE_URL` when one is given, otherwise an embedded server in a temporary folder.
 */
export default async function setup(project: TestProject) {
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
  process.env.FAZAA_JOBS = 'off'
  process.env.LOG_LEVEL ??= 'warn'
  let stop = async () => {}
  let dir: string | undefined
  if (process.env.DATABASE_URL) {
    const database = await throwawayDatabaseOn(process.env.DATABASE_URL)
    process.env.DATABASE_URL = database.url
    stop = database.stop
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-test-pg-'))
    // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter the folder.
    fs.chmodSync(dir, 0o777)
    const database = await startEmbeddedPostgres({
      dir: path.join(dir, 'pg'),
      port: await freePort(),
      database: 'fazaa_test',
    })
    process.env.DATABASE_URL = database.url
    stop = database.stop
  }
  process.env.DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-test-data-'))
  project.provide('databaseUrl', process.env.DATABASE_URL)
  return async () => {
    await stop()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}
