import { sql } from '@payloadcms/db-postgres'

import type { Report } from './lib/report'

/**
 * Issue 17's goal: the close of a round of 5,000 votes, through the job's own path (the round
 * locked, the votes counted in the database, tallied with `tallyRound`, the quorum checked, the
 * winner selected, the others not, next month's campaign drafted, every active member's result
 * mail queued), in under 2 s. Payload runs in this process against the bench's database.
 */
export const benchRoundClose = async (options: {
  databaseUrl: string
  report: Report
  votes?: number
}) => {
  const { databaseUrl, report, votes = 5000 } = options
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production'
  process.env.FAZAA_JOBS = 'off'
  const { buildFazaaConfig } = await import('../cms/payload.config')
  const { getPayload } = await import('payload')
  const { sqlHandle } = await import('../cms/lib/db')
  const { closeRound } = await import('../cms/plugins/deliberation/jobs/closeVotingRounds')
  const payload = await getPayload({
    config: buildFazaaConfig({ autoRunCron: false }),
    key: 'bench-round-close',
  })
  const db = await sqlHandle(payload)
  try {
    await db.execute(sql`
      WITH added AS (
        INSERT INTO members (email, role, status, locale, time_zone, joined_at)
        SELECT 'round-bench-' || n || '@bench.example', 'member', 'active', 'ar',
               'Europe/Berlin', now() - interval '2 years'
        FROM generate_series(1, ${votes}) AS n
        RETURNING id
      )
      INSERT INTO members_locales (name, _locale, _parent_id)
      SELECT 'Round bench member ' || id, 'ar', id FROM added
    `)
    const opensAt = new Date(Date.now() - 86_400_000).toISOString()
    const closesAt = new Date(Date.now() + 86_400_000).toISOString()
    const round = await payload.create({
      collection: 'voting-rounds',
      data: { opensAt, closesAt, status: 'open' },
    })
    const proposals = []
    for (const title of ['مكتبة المدرسة', 'إنارة الساحة', 'سقاية الحديقة']) {
      proposals.push(
        await payload.create({
          collection: 'proposals',
          locale: 'ar',
          data: {
            title,
            summary: title,
            status: 'voting',
            round: round.id,
            estimatedBudget: { amount: 150000, currency: 'EUR' },
            estimatedDurationWeeks: 4,
          },
        }),
      )
    }
    // One vote each from the bench's members, spread over the three proposals.
    const ids = proposals.map((proposal) => proposal.id)
    await db.execute(sql`
      INSERT INTO votes (proposal_id, member_id, choice, cast_at)
      SELECT (${sql.raw(`ARRAY[${ids.join(',')}]`)})[1 + (row_number() OVER () % 3)::int],
             id,
             (ARRAY['yes', 'yes', 'no', 'abstain'])[1 + (id % 4)::int]::enum_votes_choice,
             now()
      FROM members WHERE email LIKE 'round-bench-%'
    `)
    await db.execute(
      sql`UPDATE voting_rounds SET closes_at = now() - interval '1 second' WHERE id = ${round.id}`,
    )
    await db.execute(
      sql`UPDATE proposals SET voting_closes_at = now() - interval '1 second' WHERE round_id = ${round.id}`,
    )
    const started = performance.now()
    const closed = await closeRound(payload, round.id, new Date())
    const closeMs = performance.now() - started
    const { rows } = await db.execute(sql`
      SELECT status::text, voters::int, needed::int,
             (SELECT count(*)::int FROM mail_deliveries WHERE kind = 'round-result') AS mails
      FROM voting_rounds WHERE id = ${round.id}
    `)
    const outcome = rows[0] as { status: string; voters: number; needed: number; mails: number }
    report.add('round_close_votes', votes)
    report.add(
      'round_close_ms',
      Math.round(closeMs),
      `ms (${closed ? outcome.status : 'not closed'}; ${outcome.voters} voted, quorum ${outcome.needed}; ${outcome.mails} result mails queued; target < 2000)`,
    )
  } finally {
    await payload.destroy?.()
  }
}
