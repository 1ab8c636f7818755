import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startThrowawayDatabase } from '../../scripts/lib/throwawayDatabase'

/**
 * A real, throwaway PostgreSQL for the integration tests: a new database on the server of
 * `DATABASE_URL` when one is given, otherwise an embedded server in a temporary folder.
 */
export default async function setup(project: TestProject) {
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
  process.env.FAZAA_JOBS = 'off'
  process.env.LOG_LEVEL ??= 'warn'
  const database = await startThrowawayDatabase('test')
  process.env.DATABASE_URL = database.url
  // Uploads and the mail outbox of the run; removed with the database unless the caller chose it.
  const ownDataDir = process.env.DATA_DIR
    ? undefined
    : fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-test-data-'))
  process.env.DATA_DIR ??= ownDataDir
  project.provide('databaseUrl', process.env.DATABASE_URL)
  return async () => {
    await database.stop()
    if (ownDataDir) fs.rmSync(ownDataDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}
