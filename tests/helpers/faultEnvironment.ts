import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')

/**
 * A folder for one fault test (its data folder, received mail), and the environment its
 * processes run with on `databaseUrl`: quiet logs, no scheduled jobs, a fixed secret.
 */
export const faultEnvironment = (
  label: string,
  databaseUrl: string,
  extra: Record<string, string> = {},
) => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `fazaa-${label}-`))
  fs.chmodSync(work, 0o777)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: path.join(work, 'data'),
    PAYLOAD_SECRET: 'faults-secret',
    FAZAA_JOBS: 'off',
    LOG_LEVEL: 'fatal',
    ...extra,
  }
  return { work, env, remove: () => fs.rmSync(work, { recursive: true, force: true }) }
}

/** `npm run seed` (the demo fellowship) with `env`, as its own process. */
export const seedDemo = (env: NodeJS.ProcessEnv) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
    cwd: root,
    env,
    timeout: 240_000,
  })
