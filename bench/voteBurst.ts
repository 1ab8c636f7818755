import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

import { signInToPortal } from '../tests/helpers/portalSession'
import type { Report } from './lib/report'

const run = promisify(execFile)

/** Signs each member in through the portal's form, a few at a time; returns their cookies. */
const signInAll = async (portalUrl: string, emails: string[]) => {
  const cookies: string[] = new Array(emails.length)
  let next = 0
  const worker = async () => {
    while (next < emails.length) {
      const index = next++
      cookies[index] = await signInToPortal(portalUrl, emails[index]!)
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  return cookies
}

/**
 * The reference: the same writes as single-row `INSERT … ON CONFLICT` statements straight to
 * PostgreSQL over `pg`, with as many clients as the burst has connections, each member's vote
 * then its change in order, into a table shaped like votes (same unique key).
 */
const referenceUpserts = async (databaseUrl: string, members: number[], connections: number) => {
  const setup = new pg.Client(databaseUrl)
  await setup.connect()
  await setup.query(`DROP TABLE IF EXISTS bench_votes`)
  await setup.query(`CREATE TABLE bench_votes (
    id serial PRIMARY KEY, proposal_id integer NOT NULL, member_id integer NOT NULL,
    choice text NOT NULL, cast_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (proposal_id, member_id))`)
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new pg.Client(databaseUrl)
      await client.connect()
      return client
    }),
  )
  let next = 0
  const started = performance.now()
  await Promise.all(
    clients.map(async (client) => {
      while (next < members.length) {
        const member = members[next++]!
        for (const choice of ['yes', 'no']) {
          await client.query(
            `INSERT INTO bench_votes (proposal_id, member_id, choice) VALUES (1, $1, $2)
             ON CONFLICT (proposal_id, member_id) DO UPDATE SET choice = EXCLUDED.choice, cast_at = now()`,
            [member, choice],
          )
        }
      }
    }),
  )
  const ms = performance.now() - started
  const { rows } = await setup.query<{ n: number; no: number }>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE choice = 'no')::int AS no FROM bench_votes`,
  )
  await setup.query(`DROP TABLE bench_votes`)
  await Promise.all(clients.map((client) => client.end()))
  await setup.end()
  return { statementsPerSecond: (members.length * 2) / (ms / 1000), rows: rows[0]! }
}

/**
 * Issue 7's voting burst: 500 members (added to the demo, each with a real session from the
 * portal's sign-in form) each cast and then change a vote on the open proposal through the
 * portal's real form endpoint, 50 connections at once, from autocannon in its own process.
 * Afterwards exactly 500 rows must hold each member's last choice. Beside it, the same 1,000
 * writes as plain upserts over `pg`.
 */
export const benchVoteBurst = async (options: {
  portalUrl: string
  databaseUrl: string
  report: Report
  members?: number
  connections?: number
}) => {
  const { portalUrl, databaseUrl, report, members = 500, connections = 50 } = options
  const db = new pg.Client(databaseUrl)
  await db.connect()
  const { rows: proposals } = await db.query<{ id: number }>(
    `SELECT id FROM proposals WHERE status = 'voting' AND voting_closes_at > now() ORDER BY id LIMIT 1`,
  )
  const proposalId = proposals[0]!.id
  // New active members with the demo's password (its salt and hash copied from a demo member).
  const { rows: voters } = await db.query<{ id: number; email: string }>(
    `WITH template AS (
       SELECT salt, hash FROM members WHERE status = 'active' AND role = 'member' AND hash IS NOT NULL LIMIT 1
     ), added AS (
       INSERT INTO members (email, role, status, locale, time_zone, digest_opt_in, joined_at, salt, hash)
       SELECT 'voter-' || n || '@bench.example', 'member', 'active', 'en', 'Europe/Berlin', false,
              now() - interval '1 year', template.salt, template.hash
       FROM generate_series(1, $1::int) AS n, template
       RETURNING id, email
     ), named AS (
       INSERT INTO members_locales (name, _locale, _parent_id)
       SELECT 'Voter ' || id, l::_locales, id FROM added, unnest(ARRAY['ar', 'en']) AS l
     )
     SELECT id, email FROM added ORDER BY id`,
    [members],
  )
  const signInStarted = performance.now()
  const sessions = await signInAll(
    portalUrl,
    voters.map((voter) => voter.email),
  )
  report.add('vote_burst_sign_in_ms', Math.round(performance.now() - signInStarted), 'ms')

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-burst-'))
  const sessionsFile = path.join(dir, 'sessions.json')
  fs.writeFileSync(sessionsFile, JSON.stringify(sessions))
  const { stdout } = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'lib', 'voteBurstLoad.ts'),
      `${portalUrl}/en/proposals/${proposalId}/`,
      sessionsFile,
      String(connections),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  )
  fs.rmSync(dir, { recursive: true, force: true })
  const burst = JSON.parse(stdout) as {
    duration: number
    latency: { p50: number; p99: number }
    '2xx': number
    non2xx: number
    '4xx'?: number
    '5xx'?: number
    errors: number
    timeouts: number
  }
  const { rows: counted } = await db.query<{ rows: number; last: number; doubled: number }>(
    `SELECT count(*)::int AS rows,
            count(*) FILTER (WHERE choice = 'no')::int AS last,
            (SELECT count(*)::int FROM (SELECT member_id FROM votes WHERE proposal_id = $1
               AND member_id = ANY($2) GROUP BY member_id HAVING count(*) > 1) d) AS doubled
     FROM votes WHERE proposal_id = $1 AND member_id = ANY($2)`,
    [proposalId, voters.map((voter) => voter.id)],
  )
  await db.end()
  const posts = members * 2
  const votesPerSecond = posts / burst.duration
  report.add('vote_burst_members', members)
  report.add('vote_burst_connections', connections)
  report.add('vote_burst_posts', posts)
  report.add('vote_burst_seconds', burst.duration)
  report.add('vote_burst_votes_per_s', Math.round(votesPerSecond), 'votes/s')
  report.add('vote_burst_p50_ms', burst.latency.p50, 'ms')
  report.add('vote_burst_p99_ms', burst.latency.p99, 'ms')
  report.add(
    'vote_burst_failures',
    (burst['4xx'] ?? 0) + (burst['5xx'] ?? 0) + burst.errors + burst.timeouts,
  )
  report.add('vote_burst_rows', counted[0]!.rows)
  report.add('vote_burst_rows_with_last_choice', counted[0]!.last)
  report.add('vote_burst_members_with_two_rows', counted[0]!.doubled)

  const reference = await referenceUpserts(
    databaseUrl,
    voters.map((voter) => voter.id),
    connections,
  )
  report.add('pg_upsert_reference_per_s', Math.round(reference.statementsPerSecond), 'stmt/s')
  report.add('pg_upsert_reference_rows', reference.rows.n)
  report.add('vote_burst_ratio_to_pg', votesPerSecond / reference.statementsPerSecond)
}
