import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { embeddedDatabaseUrl } from '../../scripts/lib/embeddedPostgres'
import { freePort } from '../../scripts/lib/freePort'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Variables of the test runner that a person's shell does not have. */
const RUNNER_ONLY =
  /^(VITEST|TEST$|NODE_ENV$|DATABASE_URL$|FAZAA_JOBS$|PAYLOAD_SECRET$|DATA_DIR$|LOG_LEVEL$|(CMS|PORTAL)_PUBLIC_URL$|(CMS|PORTAL|PG)_PORT$)/

export interface RunningProduct {
  portalUrl: string
  cmsUrl: string
  /** The embedded PostgreSQL `npm start` made in the data folder. */
  databaseUrl: string
  dataDir: string
  /** The secret `npm start` generated into the data folder (sessions, unsubscribe links). */
  secret: string
  /** Everything the product printed so far. */
  output: () => string
  /** Ctrl-C, as in a terminal: SIGINT to the whole process group; resolves with how it ended. */
  stop: () => Promise<string>
}

/**
 * The product exactly as a person starts it: `npm start` in the repository, with the README's
 * defaults (an embedded PostgreSQL created in a fresh data folder and loaded with the demo, the
 * CMS and the portal each on its own origin `http://localhost:<port>`, the CMS running its job
 * schedules), on free ports. `env` is what that person would put in `.env` (SMTP_URL, Stripe
 * keys, FAZAA_JOBS_EVERY_SECONDS). Its own process group, so that SIGINT reaches npm and
 * everything under it as Ctrl-C does.
 */
export const startProduct = async ({
  dataDir,
  env = {},
  readyWithinMs = 420_000,
}: {
  dataDir: string
  env?: Record<string, string>
  readyWithinMs?: number
}): Promise<RunningProduct> => {
  const [cmsPort, portalPort, pgPort] = [await freePort(), await freePort(), await freePort()]
  const shell = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !RUNNER_ONLY.test(name)),
  ) as NodeJS.ProcessEnv
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: {
      ...shell,
      DATA_DIR: dataDir,
      CMS_PORT: String(cmsPort),
      PORTAL_PORT: String(portalPort),
      PG_PORT: String(pgPort),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  const log = fs.createWriteStream(path.join(dataDir, 'npm-start.log'))
  const keep = (chunk: Buffer) => {
    output += chunk
    log.write(chunk)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const exited = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => resolve(String(code ?? signal))),
  )
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), readyWithinMs)
    child.stdout.on('data', () => {
      if (output.includes('Fazaa is running')) {
        clearTimeout(timer)
        resolve(true)
      }
    })
    void exited.then(() => resolve(false))
  })
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, name)
        } catch {
          // The group is gone already.
        }
      }
      signal('SIGINT')
      // Ctrl-C stops everything within seconds; a product that hangs on it is killed outright.
      const timer = setTimeout(() => signal('SIGKILL'), 60_000)
      await exited
      clearTimeout(timer)
    }
    log.end()
    return exited
  }
  if (!ready) {
    await stop()
    throw new Error(`npm start did not get ready:\n${output.slice(-6000)}`)
  }
  return {
    portalUrl: `http://localhost:${portalPort}`,
    cmsUrl: `http://localhost:${cmsPort}`,
    databaseUrl: embeddedDatabaseUrl(pgPort, 'fazaa'),
    dataDir,
    secret: fs.readFileSync(path.join(dataDir, 'payload-secret'), 'utf8').trim(),
    output: () => output,
    stop,
  }
}
