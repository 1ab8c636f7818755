import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

import { freePort } from '../scripts/lib/freePort'
import { needsBuild } from '../scripts/lib/needsBuild'
import { startServer, stopProcess, waitForHttp } from '../scripts/lib/processes'
import { startThrowawayDatabase } from '../scripts/lib/throwawayDatabase'
import { benchCampaignPage } from './campaignPage'
import { benchColdStart } from './coldStart'
import { benchDigests } from './digests'
import { benchPageCacheUnderEdits } from './pageCacheUnderEdits'
import { benchRoundClose } from './roundClose'
import { benchScale } from './scale'
import { benchVoteBurst } from './voteBurst'
import { benchVotePost } from './votePost'
import { Report } from './lib/report'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '..')
const portalDir = path.join(root, 'portal')

/**
 * `npm run bench`: the demo fellowship on a throwaway PostgreSQL, the production build of the
 * portal, and load from a separate process. Prints `name=value` lines, then a table; no
 * thresholds (see docs/benchmarks.md for the targets and the figures on our machine).
 * BENCH_SECONDS sets the length of each load (default 10); BENCH_ONLY picks parts.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
/** BENCH_ONLY=voteBurst,digests runs only those parts (default: all). */
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim())
const runs = (name: string) => !only || only.includes(name)
console.log(
  `machine=${os.cpus().length}x ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
)
const database = await startThrowawayDatabase('bench')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-bench-data-'))
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  DATA_DIR: dataDir,
  PAYLOAD_SECRET: 'bench-secret-not-for-production',
  FAZAA_JOBS: 'off',
  LOG_LEVEL: 'warn',
}
const production = { ...env, NODE_ENV: 'production' as const }
let portal: ReturnType<typeof startServer> | undefined
try {
  await run(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { cwd: root, env })
  const entry = path.join(portalDir, 'dist', 'server', 'entry.mjs')
  if (needsBuild(entry, [portalDir, path.join(root, 'cms'), path.join(root, 'shared')])) {
    await run(process.execPath, [path.join(root, 'node_modules', '.bin', 'astro'), 'build'], {
      cwd: portalDir,
      env: production,
    })
  }
  const port = await freePort()
  const portalUrl = `http://127.0.0.1:${port}`
  portal = startServer('portal', process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: portalDir,
    env: { ...production, PORT: String(port), HOST: '127.0.0.1', PORTAL_PUBLIC_URL: portalUrl },
  })
  await waitForHttp(`${portalUrl}/`, 60_000)

  const db = new pg.Client(database.url)
  await db.connect()
  const { rows } = await db.query<{ slug: string }>(
    `SELECT slug FROM campaigns WHERE status = 'fundraising'`,
  )
  await db.end()

  const report = new Report()
  if (runs('campaignPage'))
    await benchCampaignPage({ portalUrl, slug: rows[0]!.slug, seconds, report, env: production })
  if (runs('pageCacheUnderEdits')) {
    await benchPageCacheUnderEdits({
      portalUrl,
      databaseUrl: database.url,
      slug: rows[0]!.slug,
      seconds,
      report,
      env: production,
    })
  }
  if (runs('votePost'))
    await benchVotePost({ portalUrl, databaseUrl: database.url, seconds, report })
  if (runs('voteBurst')) await benchVoteBurst({ portalUrl, databaseUrl: database.url, report })
  if (runs('coldStart')) await benchColdStart({ env, report })
  if (runs('digests')) {
    await benchDigests({
      databaseUrl: database.url,
      report,
      members: Number(process.env.BENCH_DIGEST_MEMBERS ?? 5000),
    })
  }
  if (runs('roundClose')) {
    await benchRoundClose({
      databaseUrl: database.url,
      report,
      votes: Number(process.env.BENCH_ROUND_VOTES ?? 5000),
    })
  }
  if (runs('scale')) {
    await benchScale({
      portalUrl,
      databaseUrl: database.url,
      slug: rows[0]!.slug,
      env: production,
      report,
    })
  }
  report.printTable(`Fazaa benchmarks (${seconds} s per load, autocannon in its own process)`)
} finally {
  if (portal) await stopProcess(portal)
  await database.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
