import path from 'node:path'

import type { ChildProcess } from 'node:child_process'

import { seedDemoData } from '../cms/seed/seedDemoData'
import { ensureDatabase, prepareEnvironment, ROOT } from './lib/environment'
import { needsBuild } from './lib/needsBuild'
import { closePayload, openPayload } from './lib/openPayload'
import {
  RESTART_WINDOW_MS,
  restartDelayMs,
  runToEnd,
  startServer,
  stopProcess,
  waitForHttp,
} from './lib/processes'
import { printLogins } from './seed'

/**
 * `npm start` (production) and `npm run dev` (hot reload): the database (embedded unless
 * DATABASE_URL is set), migrations, the demo data on a fresh embedded database, then the CMS and
 * the portal, stopped together on Ctrl-C with PostgreSQL last so nothing is orphaned.
 */
const dev = process.argv.includes('--dev')
const started = Date.now()
prepareEnvironment()
// Next declares NODE_ENV read-only in its types; the servers started below inherit this value.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
const env = process.env
const cmsDir = path.join(ROOT, 'cms')
const portalDir = path.join(ROOT, 'portal')
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)

const database = await ensureDatabase()
/** The demo's accounts, printed once everything answers (the build's output would bury them). */
let logins: Awaited<ReturnType<typeof seedDemoData>> | undefined
/** Prepares what the servers need; a failure stops the database it started, and says why. */
const prepare = async () => {
  const payload = await openPayload()
  if (database.fresh) {
    console.log('A new embedded database: loading the demo data...')
    logins = await seedDemoData(payload)
  } else if ((await payload.count({ collection: 'members' })).totalDocs === 0) {
    console.log(
      'The database has no members yet: `npm run seed` loads the demo, or create the first admin at /admin.',
    )
  }
  await closePayload(payload)

  if (!dev) {
    const shared = path.join(ROOT, 'shared')
    if (needsBuild(path.join(cmsDir, '.next', 'BUILD_ID'), [cmsDir, shared])) {
      console.log('Building the admin panel (once; about a minute)...')
      await runToEnd(bin('next'), ['build'], { cwd: cmsDir, env })
    }
    if (
      needsBuild(path.join(portalDir, 'dist', 'server', 'entry.mjs'), [portalDir, cmsDir, shared])
    ) {
      console.log('Building the portal...')
      await runToEnd(bin('astro'), ['build'], { cwd: portalDir, env })
    }
  }
}
try {
  await prepare()
} catch (error) {
  console.error(error)
  console.error('Fazaa could not start (above); the database is stopped again.')
  await database.stop()
  process.exit(1)
}

// The portal reads through Payload's Local API but never runs the scheduled jobs: the CMS does.
const portalEnv = {
  ...env,
  FAZAA_JOBS: 'off',
  PORT: env.PORTAL_PORT,
  HOST: env.PORTAL_HOST ?? '0.0.0.0',
}
const startCms = () =>
  startServer('cms', bin('next'), [dev ? 'dev' : 'start', '-p', env.CMS_PORT!], {
    cwd: cmsDir,
    env,
  })
const startPortal = () =>
  dev
    ? startServer('portal', bin('astro'), ['dev', '--port', env.PORTAL_PORT!], {
        cwd: portalDir,
        env: portalEnv,
      })
    : startServer(
        'portal',
        process.execPath,
        ['--import', 'tsx', path.join(portalDir, 'src', 'server.ts')],
        {
          cwd: portalDir,
          env: portalEnv,
        },
      )

let stopping = false
/**
 * Each server, started again when it dies (out of memory, a crash): the other one and the
 * database go on serving. Restarts wait longer the more often it died lately, so a server that
 * cannot start does not spin. (tests/faults/serverRestart.test.ts)
 */
const servers = [supervise('cms', startCms), supervise('portal', startPortal)]
function supervise(name: string, start: () => ChildProcess) {
  const server = { child: start(), deaths: [] as number[] }
  const watch = (child: ChildProcess) =>
    child.on('exit', (code, signal) => {
      if (stopping) return
      const now = Date.now()
      server.deaths = [...server.deaths.filter((at) => now - at < RESTART_WINDOW_MS), now]
      const delay = restartDelayMs(server.deaths.length)
      console.error(
        `The ${name} stopped unexpectedly (${signal ?? `exit ${code}`}); starting it again in ${delay / 1000} s` +
          ` (${server.deaths.length} time(s) in the last ${RESTART_WINDOW_MS / 60_000} minutes).`,
      )
      setTimeout(() => {
        if (stopping) return
        server.child = start()
        watch(server.child)
      }, delay)
    })
  watch(server.child)
  return server
}

const shutdown = async (code: number) => {
  if (stopping) return
  stopping = true
  console.log('\nStopping the servers and the database...')
  await Promise.all(servers.map((server) => stopProcess(server.child)))
  await database.stop()
  process.exit(code)
}
// Ctrl-C, a service manager's stop, and a closed terminal.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(0))
}

await Promise.all([
  waitForHttp(`http://127.0.0.1:${env.PORTAL_PORT}/`, 120_000),
  waitForHttp(`http://127.0.0.1:${env.CMS_PORT}/admin`, dev ? 180_000 : 120_000),
])
if (logins) printLogins(logins)
console.log(`
Fazaa is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s):
  portal  ${env.PORTAL_PUBLIC_URL}
  admin   ${env.CMS_PUBLIC_URL}/admin
Press Ctrl-C to stop.`)
