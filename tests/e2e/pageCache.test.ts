import http from 'node:http'
import { brotliDecompressSync } from 'node:zlib'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { testPayload } from '../helpers/payload'

const portal = inject('portalUrl')
const cmsUrl = inject('cmsUrl')
let db: pg.Client
let payload: Payload
let campaign: { id: number; slug: string; title: string }

interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** A request whose body arrives as sent, still compressed (fetch would decode it). */
const raw = (path: string, headers: Record<string, string> = {}): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    http
      .get(`${portal}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
      })
      .on('error', reject)
  })

const html = (response: RawResponse) =>
  (response.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(response.body)
    : response.body
  ).toString()

/** Asks until `done` holds (the portal hears the CMS asynchronously), for at most `ms`. */
const until = async (
  ask: () => Promise<RawResponse>,
  done: (r: RawResponse) => boolean,
  ms = 10_000,
) => {
  const started = Date.now()
  for (;;) {
    const response = await ask()
    if (done(response) || Date.now() - started > ms) return { response, ms: Date.now() - started }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const brotli = { 'accept-encoding': 'br, gzip' }

beforeAll(async () => {
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  payload = await testPayload('page-cache')
  const { rows } = await db.query<{ id: number; slug: string; title: string }>(
    `SELECT c.id, c.slug, l.title FROM campaigns c JOIN campaigns_locales l ON l._parent_id = c.id
     WHERE c.status = 'fundraising' AND l._locale = 'en'`,
  )
  campaign = rows[0]!
})

afterAll(async () => {
  await payload?.update({
    collection: 'campaigns',
    id: campaign.id,
    locale: 'en',
    data: { title: campaign.title },
  })
  await db?.end()
})

describe('the page cache in front of the portal', () => {
  it('answers a repeated visit from memory, brotli-compressed, and a returning browser with 304', async () => {
    const path = `/en/campaigns/${campaign.slug}`
    const { response } = await until(
      () => raw(path, brotli),
      (r) => r.headers['x-cache'] === 'hit',
    )
    expect(response.status).toBe(200)
    expect(response.headers['x-cache']).toBe('hit')
    expect(response.headers['content-encoding']).toBe('br')
    expect(Number(response.headers['content-length'])).toBe(response.body.length)
    expect(html(response)).toContain(campaign.title)

    const again = await raw(path, { ...brotli, 'if-none-match': String(response.headers.etag) })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  it('keeps the whole campaign page (HTML with its CSS) under 60 KB compressed', async () => {
    const response = await raw(`/campaigns/${campaign.slug}`, brotli)
    expect(html(response)).not.toMatch(/<link[^>]+rel="stylesheet"/)
    expect(response.body.length).toBeLessThan(60 * 1024)
  })

  it('does not go to the database for a cached page, and shows an edit in the CMS within seconds', async () => {
    const path = `/en/campaigns/${campaign.slug}`
    await until(
      () => raw(path, brotli),
      (r) => r.headers['x-cache'] === 'hit',
    )

    // Written behind the CMS's back: no announcement, so the cached page stands.
    await db.query(
      `UPDATE campaigns_locales SET title = 'Changed in SQL' WHERE _parent_id = $1 AND _locale = 'en'`,
      [campaign.id],
    )
    const cached = await raw(path, brotli)
    expect(cached.headers['x-cache']).toBe('hit')
    expect(html(cached)).toContain(campaign.title)

    // Through Payload, as the admin panel does: the hook announces it and the page follows.
    await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      locale: 'en',
      data: { title: 'School roof, edited by the admin' },
    })
    const { response, ms } = await until(
      () => raw(path, brotli),
      (r) => html(r).includes('School roof, edited by the admin'),
    )
    expect(html(response)).toContain('School roof, edited by the admin')
    expect(ms).toBeLessThan(5_000)
  })

  it('hears the CMS again after its listening connection is cut, and an edit still shows', async () => {
    const path = `/en/campaigns/${campaign.slug}`
    await until(
      () => raw(path, brotli),
      (r) => r.headers['x-cache'] === 'hit',
    )
    const listeners = async () =>
      (
        await db.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity
           WHERE datname = current_database() AND query ILIKE 'LISTEN fazaa_content%'`,
        )
      ).rows.map((row) => row.pid)
    const [before] = await listeners()
    expect(before).toBeDefined()
    // What a database restart does to the portal's connection.
    await db.query(`SELECT pg_terminate_backend($1)`, [before])

    const started = Date.now()
    while (!(await listeners()).some((pid) => pid !== before) && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect((await listeners()).filter((pid) => pid !== before)).toHaveLength(1)

    await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      locale: 'en',
      data: { title: 'Heard after the reconnection' },
    })
    const { response } = await until(
      () => raw(path, brotli),
      (r) => html(r).includes('Heard after the reconnection'),
    )
    expect(html(response)).toContain('Heard after the reconnection')
  })

  it('keeps every public page while a member edits their profile, and drops only what an edit touches', async () => {
    const warmed = async (path: string) =>
      (
        await until(
          () => raw(path, brotli),
          (r) => r.headers['x-cache'] === 'hit',
        )
      ).response
    // An applicant of its own, as the probe's was (other tests change the demo members'
    // passwords); an application changes no public page, so it is not announced.
    const member = await payload.create({
      collection: 'members',
      data: {
        email: `page-cache-${Date.now()}@example.org`,
        password: DEMO_PASSWORD,
        name: 'Page cache',
        role: 'member',
        status: 'applicant',
      },
    })
    const pages = ['/en/', `/en/campaigns/${campaign.slug}`, '/en/guests']
    // They edit their own profile over the CMS's REST API.
    const before = new Map<string, string>()
    for (const path of pages) before.set(path, String((await warmed(path)).headers.etag))

    const login = await fetch(`${cmsUrl}/api/members/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: member.email, password: DEMO_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    for (let edit = 0; edit < 5; edit++) {
      const saved = await fetch(`${cmsUrl}/api/members/${member.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ bio: `Edit number ${edit}` }),
      })
      expect(saved.status).toBe(200)
    }
    // An edit that a public page does show: a guest of the meetings.
    const { rows: guests } = await db.query<{ id: number; name: string }>(
      `SELECT _parent_id AS id, name FROM guests_locales WHERE _locale = 'en' LIMIT 1`,
    )
    const guest = guests[0]!
    const rename = (name: string) =>
      payload.update({ collection: 'guests', id: guest.id, locale: 'en', data: { name } })
    await rename('A guest renamed by the admin')
    try {
      const { response: guestsPage } = await until(
        () => raw('/en/guests', brotli),
        (r) => html(r).includes('A guest renamed by the admin'),
      )
      expect(html(guestsPage)).toContain('A guest renamed by the admin')
    } finally {
      await rename(guest.name)
    }

    // The guest's announcement has arrived; the member's edits never sent one.
    for (const path of ['/en/', `/en/campaigns/${campaign.slug}`]) {
      const response = await raw(path, brotli)
      expect(response.headers['x-cache'], path).toBe('hit')
      expect(String(response.headers.etag), path).toBe(before.get(path))
    }
  })

  it('renders afresh for a signed-in member and never keeps that page', async () => {
    const path = `/campaigns/${campaign.slug}`
    await until(
      () => raw(path, brotli),
      (r) => r.headers['x-cache'] === 'hit',
    )
    const member = await raw(path, { ...brotli, cookie: 'payload-token=someone' })
    expect(member.status).toBe(200)
    expect(member.headers['x-cache']).toBeUndefined()
    expect(member.headers['content-encoding']).toBe('br')
  })
})
