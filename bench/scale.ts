import pg from 'pg'

import { DEMO_PASSWORD } from '../cms/seed/seedDemoData'
import { startRestServerProcess } from '../tests/helpers/restServerChild'
import type { Report } from './lib/report'
import { stopProcess } from '../scripts/lib/processes'

/** Donations and members at each level: the demo, then 10× and 100× (issue 7's numbers). */
const LEVELS = [
  { name: '1x', donations: 0, members: 0 },
  { name: '10x', donations: 10_000, members: 1_000 },
  { name: '100x', donations: 100_000, members: 10_000 },
]

/** The median and the 95th percentile of `runs` sequential requests, in milliseconds. */
const timeRequests = async (url: string, headers: Record<string, string>, runs = 25) => {
  const times: number[] = []
  for (let i = 0; i < runs + 3; i++) {
    const started = performance.now()
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
    // The first three warm the caches of the process and of PostgreSQL.
    if (i >= 3) times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { p50: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! }
}

/** The plan PostgreSQL picks for a query the pages run, and how long it took. */
const explain = async (db: pg.Client, sql: string, values: unknown[]) => {
  const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ANALYZE ${sql}`, values)
  const lines = rows.map((row) => row['QUERY PLAN'])
  const scans = lines
    .map((line) =>
      line.match(
        /(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)(?: Backward)?(?: using (\w+))? on (\w+)/,
      ),
    )
    .filter((match): match is RegExpMatchArray => match !== null)
    .map((match) => `${match[1]}${match[2] ? ` ${match[2]}` : ''} on ${match[3]}`)
  const time = Number(lines.find((line) => line.startsWith('Execution Time'))?.match(/[\d.]+/)?.[0])
  return { scans: [...new Set(scans)].join(', '), ms: time }
}

/**
 * Issue 7's scale check: the demo grown to 10× and 100× (100,000 donations, 10,000 members), and
 * at each size the campaign page rendered (a signed-in view skips the page cache) and the admin's
 * list views through Payload's REST API (the calls the admin panel makes), 25 sequential requests
 * each. Latency should not grow with the data; the plans of the queries behind them are printed.
 */
export const benchScale = async (options: {
  portalUrl: string
  databaseUrl: string
  slug: string
  env: NodeJS.ProcessEnv
  report: Report
}) => {
  const { portalUrl, databaseUrl, slug, env, report } = options
  const db = new pg.Client(databaseUrl)
  await db.connect()
  const { rows: campaigns } = await db.query<{ id: number }>(
    `SELECT id FROM campaigns WHERE slug = $1`,
    [slug],
  )
  const campaignId = campaigns[0]!.id
  const { rows: admins } = await db.query<{ email: string }>(
    `SELECT email FROM members WHERE role = 'admin' AND hash IS NOT NULL ORDER BY id LIMIT 1`,
  )
  const rest = await startRestServerProcess(env)
  try {
    const login = await fetch(`${rest.base}/members/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admins[0]!.email, password: DEMO_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const admin = { authorization: `JWT ${token}` }
    // A cookie the cache does not serve: the page is rendered for every request.
    const rendered = { cookie: 'payload-token=bench-scale', 'accept-encoding': 'br' }
    const { rows: base } = await db.query<{ donations: number; members: number }>(
      `SELECT (SELECT count(*)::int FROM donations) AS donations, (SELECT count(*)::int FROM members) AS members`,
    )
    for (const level of LEVELS) {
      const { rows: now } = await db.query<{ donations: number; members: number }>(
        `SELECT (SELECT count(*)::int FROM donations) AS donations, (SELECT count(*)::int FROM members) AS members`,
      )
      const addDonations = Math.max(0, level.donations - now[0]!.donations)
      const addMembers = Math.max(0, level.members - now[0]!.members)
      // Half the new gifts go to the campaign on the page, half spread over the others.
      await db.query(
        `INSERT INTO donations (campaign_id, amount, currency, method, status, anonymous, received_at)
         SELECT CASE WHEN n % 2 = 0 THEN $2::int
                     ELSE coalesce((SELECT id FROM campaigns o WHERE o.goal_currency = c.goal_currency
                                    AND o.id <> $2 ORDER BY o.id LIMIT 1 OFFSET n % 3), $2::int) END,
                500 + (n * 37) % 20000, c.goal_currency::text::enum_donations_currency, 'bank', 'succeeded', n % 3 = 0,
                now() - (n || ' minutes')::interval
         FROM generate_series(1, $1::int) AS n, campaigns c WHERE c.id = $2`,
        [addDonations, campaignId],
      )
      await db.query(
        `WITH added AS (
           INSERT INTO members (email, role, status, locale, time_zone, digest_opt_in, joined_at)
           SELECT 'scale-' || n || '-' || $2 || '@bench.example', 'member', 'active', 'ar', 'Europe/Berlin', true, now()
           FROM generate_series(1, $1::int) AS n RETURNING id
         )
         INSERT INTO members_locales (name, _locale, _parent_id)
         SELECT 'Scale member ' || id, l::_locales, id FROM added, unnest(ARRAY['ar', 'en']) AS l`,
        [addMembers, level.name],
      )
      await db.query('ANALYZE')
      const { rows: counts } = await db.query<{ donations: number; members: number }>(
        `SELECT (SELECT count(*)::int FROM donations) AS donations, (SELECT count(*)::int FROM members) AS members`,
      )
      const at = `scale_${level.name}`
      report.add(`${at}_donations`, counts[0]!.donations)
      report.add(`${at}_members`, counts[0]!.members)
      const page = await timeRequests(
        `${portalUrl}/en/campaigns/${encodeURIComponent(slug)}/`,
        rendered,
      )
      report.add(`${at}_campaign_page_rendered_p50_ms`, Math.round(page.p50), 'ms')
      report.add(`${at}_campaign_page_rendered_p95_ms`, Math.round(page.p95), 'ms')
      for (const [name, path] of [
        ['admin_donations_list', '/donations?limit=10&page=1&sort=-createdAt&depth=1'],
        [
          'admin_campaign_donations_list',
          `/donations?limit=10&sort=-receivedAt&depth=1&where[campaign][equals]=${campaignId}`,
        ],
        ['admin_members_list', '/members?limit=10&page=1&sort=-createdAt&depth=1'],
      ] as const) {
        const list = await timeRequests(`${rest.base}${path}`, admin)
        report.add(`${at}_${name}_p50_ms`, Math.round(list.p50), 'ms')
      }
    }
    report.add('scale_base_donations', base[0]!.donations)
    // The plans at 100×: each query behind the pages above, as Payload sends it in shape.
    for (const [name, sql, values] of [
      [
        'campaign_recent_gifts',
        `SELECT id FROM donations WHERE campaign_id = $1 AND status = 'succeeded' ORDER BY received_at DESC LIMIT 10`,
        [campaignId],
      ],
      ['admin_donations_page', `SELECT id FROM donations ORDER BY created_at DESC LIMIT 10`, []],
      ['admin_members_page', `SELECT id FROM members ORDER BY created_at DESC LIMIT 10`, []],
      ['admin_donations_total', `SELECT count(*) FROM donations`, []],
      [
        'campaign_raised',
        `SELECT sum(amount) FROM donations WHERE campaign_id = $1 AND status = 'succeeded'`,
        [campaignId],
      ],
      ['member_sign_in', `SELECT id FROM members WHERE email = $1`, [admins[0]!.email]],
    ] as const) {
      const plan = await explain(db, sql, [...values])
      console.log(`explain_${name}=${plan.scans} (${plan.ms} ms)`)
      report.add(`explain_${name}_ms`, plan.ms, 'ms')
    }
  } finally {
    await stopProcess(rest.child)
    await db.end()
  }
}
