import pg from 'pg'

import { DEMO_PASSWORD } from '../cms/seed/seedDemoData'
import { stopProcess } from '../scripts/lib/processes'
import { startRestServerProcess } from '../tests/helpers/restServerChild'
import { loadTest } from './lib/loadTest'
import type { Report } from './lib/report'

const BROWSER = { 'accept-encoding': 'gzip, deflate, br' }
const EDITS_PER_SECOND = 10

/**
 * The public pages while somebody writes 10 times a second over the CMS's REST API (its own
 * process): a member editing their bio (which no public page shows), then an admin editing the
 * current campaign's title (which the campaign page does show, so each edit costs a render).
 * Beside the same load with nobody writing. The outside probe measured 1,721 req/s falling to
 * 68 while an applicant edited their bio, when every write dropped every page.
 */
export const benchPageCacheUnderEdits = async (options: {
  portalUrl: string
  databaseUrl: string
  slug: string
  seconds: number
  report: Report
  env: NodeJS.ProcessEnv
}) => {
  const { portalUrl, databaseUrl, slug, seconds, report, env } = options
  const db = new pg.Client(databaseUrl)
  await db.connect()
  const pick = async (sql: string) => (await db.query<{ id: number; email: string }>(sql)).rows[0]!
  const member = await pick(
    `SELECT id, email FROM members WHERE status = 'active' AND role = 'member' ORDER BY id LIMIT 1`,
  )
  const admin = await pick(
    `SELECT id, email FROM members WHERE status = 'active' AND role = 'admin' ORDER BY id LIMIT 1`,
  )
  const campaign = await pick(`SELECT id, '' AS email FROM campaigns WHERE slug = '${slug}'`)
  await db.end()
  const { base, child } = await startRestServerProcess(env)
  const tokenOf = async (email: string) => {
    const response = await fetch(`${base}/members/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    })
    return ((await response.json()) as { token: string }).token
  }
  const writer = (path: string, token: string, body: (n: number) => object) => {
    let n = 0
    let failures = 0
    const timer = setInterval(() => {
      void fetch(`${base}${path}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify(body(n++)),
      })
        .then((response) => (response.ok ? response.arrayBuffer() : (failures++, null)))
        .catch(() => failures++)
    }, 1000 / EDITS_PER_SECOND)
    return () => (clearInterval(timer), { edits: n, failures })
  }
  try {
    const pages = [
      ['home', `${portalUrl}/`],
      ['campaign_page', `${portalUrl}/campaigns/${encodeURIComponent(slug)}/`],
    ] as const
    const load = (url: string) => loadTest(url, { connections: 50, seconds, headers: BROWSER })
    const during = async (label: string, stop?: () => { edits: number; failures: number }) => {
      for (const [name, url] of pages) {
        const result = await load(url)
        report.add(`${name}_${label}_rps`, Math.round(result.requestsPerSecond), 'req/s')
        report.add(`${name}_${label}_p50_ms`, result.p50, 'ms')
        report.add(`${name}_${label}_failures`, result.failures)
      }
      if (stop) {
        const { edits, failures } = stop()
        report.add(`${label}_edits`, edits)
        report.add(`${label}_edit_failures`, failures)
      }
    }
    await during('quiet')
    await during(
      'member_edits_bio_10_per_s',
      writer(`/members/${member.id}`, await tokenOf(member.email), (n) => ({
        bio: `Bio, edit ${n}`,
      })),
    )
    await during(
      'admin_edits_campaign_10_per_s',
      writer(`/campaigns/${campaign.id}?locale=en`, await tokenOf(admin.email), (n) => ({
        title: `School roof (edit ${n})`,
      })),
    )
  } finally {
    await stopProcess(child)
  }
}
