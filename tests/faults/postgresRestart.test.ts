import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres, type RunningDatabase } from '../../scripts/lib/embeddedPostgres'
import { freePort } from '../../scripts/lib/freePort'
import { needsBuild } from '../../scripts/lib/needsBuild'
import { stopProcess } from '../../scripts/lib/processes'
import { startPortal } from '../helpers/portalProcess'
import { startRestServerProcess } from '../helpers/restServerChild'
import { postVote, signInToPortal } from '../helpers/portalSession'
import { seedDemo } from '../helpers/faultEnvironment'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const MEMBER = 'joud-al-rifai@fazaa.example'

/**
 * PostgreSQL stopped and started again under a running portal and CMS: during the outage a
 * member's page and a vote get 503 with a retry message, as do public pages (the page cache stops
 * serving when it cannot hear about changes) and the CMS's REST API; nothing is written; and once
 * the database is back the same processes serve again by themselves.
 */
let work: string
let port: number
let database: RunningDatabase
let portal: Awaited<ReturnType<typeof startPortal>>
let rest: Awaited<ReturnType<typeof startRestServerProcess>>
let env: NodeJS.ProcessEnv

const startDatabase = async () =>
  startEmbeddedPostgres({ dir: path.join(work, 'pg'), port, database: 'fazaa' })

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-pg-restart-'))
  fs.chmodSync(work, 0o777)
  port = await freePort()
  database = await startDatabase()
  env = {
    ...process.env,
    DATABASE_URL: database.url,
    DATA_DIR: path.join(work, 'data'),
    PAYLOAD_SECRET: 'faults-secret',
    FAZAA_JOBS: 'off',
    LOG_LEVEL: 'fatal',
  }
  await seedDemo(env)
  const portalDir = path.join(root, 'portal')
  if (
    needsBuild(path.join(portalDir, 'dist', 'server', 'entry.mjs'), [
      portalDir,
      path.join(root, 'cms'),
      path.join(root, 'shared'),
    ])
  ) {
    await run(process.execPath, [path.join(root, 'node_modules', '.bin', 'astro'), 'build'], {
      cwd: portalDir,
      env: { ...env, NODE_ENV: 'production' },
      timeout: 240_000,
    })
  }
  portal = await startPortal(env)
  rest = await startRestServerProcess(env)
}, 600_000)

afterAll(async () => {
  if (rest) await stopProcess(rest.child)
  await portal?.stop()
  await database?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('PostgreSQL restarted while the portal serves', () => {
  it(
    'answers 503 with a retry message during the outage, writes nothing, and recovers by itself',
    { timeout: 180_000 },
    async () => {
      const cookie = await signInToPortal(portal.url, MEMBER)
      const db = new pg.Client(database.url)
      await db.connect()
      const proposal = (
        await db.query<{ id: number }>(
          `SELECT id FROM proposals WHERE status = 'voting' AND voting_closes_at > now() ORDER BY id LIMIT 1`,
        )
      ).rows[0]!.id
      const votesBefore = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM votes`))
        .rows[0]!.n
      await db.end()
      await database.stop()
      const mine = await fetch(`${portal.url}/en/me/`, { headers: { cookie }, redirect: 'manual' })
      expect(mine.status).toBe(503)
      expect(mine.headers.get('retry-after')).toBe('60')
      const text = await mine.text()
      expect(text).toContain('Our database cannot answer right now')
      expect(text).not.toMatch(/ECONNREFUSED|stack|at \//)
      const vote = await postVote(portal.url, proposal, cookie, 'yes')
      expect(vote.status).toBe(503)
      // The CMS's REST API (what the admin panel calls) says the same, and stays up.
      const api = await fetch(`${rest.base}/campaigns?limit=1`, {
        headers: { 'accept-language': 'en' },
      })
      expect([api.status, api.headers.get('retry-after')]).toEqual([503, '60'])
      expect(JSON.stringify(await api.json())).toContain('The database cannot answer right now')
      const arabic = await fetch(`${portal.url}/me/`, { headers: { cookie }, redirect: 'manual' })
      expect([
        arabic.status,
        (await arabic.text()).includes('قاعدة بياناتنا لا تستطيع الإجابة الآن'),
      ]).toEqual([503, true])
      // Public pages too: the page cache stops serving when it can no longer hear about changes.
      const page = await fetch(`${portal.url}/en/campaigns/`)
      expect([page.status, page.headers.get('retry-after')]).toEqual([503, '60'])

      database = await startDatabase()
      let status = 0
      for (let tries = 0; tries < 60 && status !== 200; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        status = (await fetch(`${portal.url}/en/me/`, { headers: { cookie }, redirect: 'manual' }))
          .status
      }
      expect(status).toBe(200)
      expect((await fetch(`${rest.base}/campaigns?limit=1`)).status).toBe(200)
      const after = new pg.Client(database.url)
      await after.connect()
      const votesAfter = (await after.query<{ n: number }>(`SELECT count(*)::int AS n FROM votes`))
        .rows[0]!.n
      await after.end()
      expect(votesAfter).toBe(votesBefore)
      // And writes work again: the same vote goes through now.
      const again = await postVote(portal.url, proposal, cookie, 'yes')
      expect(again.status).toBe(303)
    },
  )
})
