import pg from 'pg'

import { signInToPortal } from '../tests/helpers/portalSession'
import { loadTest } from './lib/loadTest'
import type { Report } from './lib/report'

/**
 * A member's vote through the portal's real form endpoint, with a real session: each request
 * signs the member in from the cookie, checks the rule, and updates their one vote row in a
 * transaction. Ten connections posting for the whole run (issue 7's 500-member burst builds on
 * this).
 */
export const benchVotePost = async (options: {
  portalUrl: string
  databaseUrl: string
  seconds: number
  report: Report
}) => {
  const { portalUrl, databaseUrl, seconds, report } = options
  const db = new pg.Client(databaseUrl)
  await db.connect()
  const { rows } = await db.query<{ id: number }>(
    `SELECT id FROM proposals WHERE status = 'voting' AND voting_closes_at > now() ORDER BY id LIMIT 1`,
  )
  const { rows: voters } = await db.query<{ email: string }>(
    `SELECT email FROM members WHERE status = 'active' AND role = 'member' ORDER BY id LIMIT 1`,
  )
  const cookie = await signInToPortal(portalUrl, voters[0]!.email)
  const result = await loadTest(`${portalUrl}/proposals/${rows[0]!.id}/`, {
    connections: 10,
    seconds,
    method: 'POST',
    body: 'intent=vote&choice=yes',
    headers: {
      cookie,
      origin: portalUrl,
      'content-type': 'application/x-www-form-urlencoded',
      'accept-encoding': 'br',
    },
  })
  const { rows: count } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM votes v JOIN members m ON m.id = v.member_id
     WHERE v.proposal_id = $1 AND m.email = $2`,
    [rows[0]!.id, voters[0]!.email],
  )
  await db.end()
  report.add('vote_post_c10_rps', Math.round(result.requestsPerSecond), 'req/s')
  report.add('vote_post_c10_p50_ms', result.p50, 'ms')
  report.add('vote_post_c10_p99_ms', result.p99, 'ms')
  report.add('vote_post_c10_failures', result.failures)
  report.add('vote_post_rows_for_the_member', count[0]!.n)
}
