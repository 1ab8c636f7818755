import pg from 'pg'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { launchChromium } from '../helpers/browser'
import { databaseFingerprint, SCHEDULE_BOOKKEEPING } from '../helpers/databaseFingerprint'
import { startPortal } from '../helpers/portalProcess'
import { cookiesOf, postSignIn } from '../helpers/portalSession'

/**
 * Sessions, forged posts and the headers every response carries. (Password sign-in paused after
 * five wrong tries is in members.test.ts, with the message the member sees.)
 */
const portal = inject('portalUrl')
const MEMBER = 'joud-al-rifai@fazaa.example'
let browser: Browser
let db: pg.Client

beforeAll(async () => {
  browser = await launchChromium()
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
})

afterAll(async () => {
  await browser?.close()
  await db?.end()
})

const one = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) =>
  (await db.query<T>(sql, values)).rows[0]!

describe('security headers', () => {
  const expectSecurityHeaders = (response: Response, what: string) => {
    const csp = response.headers.get('content-security-policy') ?? ''
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values.join(' ')]
      }),
    )
    expect({
      what,
      scripts: directives['script-src'],
      frames: directives['frame-ancestors'],
    }).toEqual({ what, scripts: "'self'", frames: "'none'" })
    expect(directives['object-src']).toBe("'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toMatch(
      /^(strict-origin-when-cross-origin|same-origin|no-referrer)$/,
    )
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  }

  it('are on every kind of response: cached and rendered pages, errors, files, members’ pages', async () => {
    const campaign = await one<{ slug: string }>(
      `SELECT slug FROM campaigns WHERE status = 'fundraising' LIMIT 1`,
    )
    const cookie = cookiesOf(await postSignIn(portal, MEMBER))
    const script = (await (await fetch(`${portal}/en/meetings/`)).text()).match(
      /src="(\/_astro\/[^"]+\.js)"/,
    )
    for (const [what, url, headers] of [
      ['home', `${portal}/`, {}],
      ['home from the page cache', `${portal}/`, {}],
      ['campaign page', `${portal}/en/campaigns/${campaign.slug}/`, {}],
      ['not found', `${portal}/en/no-such-page/`, {}],
      ['members’ page', `${portal}/en/me/`, { cookie }],
      ['sign-in page', `${portal}/en/signin/`, {}],
      ['script file', `${portal}${script?.[1] ?? '/missing.js'}`, {}],
    ] as const) {
      const response = await fetch(url, { headers, redirect: 'manual' })
      expect([what, response.status < 500]).toEqual([what, true])
      expectSecurityHeaders(response, what)
    }
    expect(script, 'a page with a script links it as a file').not.toBeNull()
  })

  it('keep the scripts working in Chromium, with no policy violation on any page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    const campaign = await one<{ slug: string }>(
      `SELECT slug FROM campaigns WHERE status = 'fundraising' LIMIT 1`,
    )
    const meeting = await one<{ id: number }>(
      `SELECT id FROM meetings WHERE kind = 'big-sunday' AND status = 'planned' ORDER BY starts_at LIMIT 1`,
    )
    await page.goto(`${portal}/en/campaigns/${campaign.slug}/`)
    // The share button appears only when its script ran.
    await expect(page.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(true)
    await page.goto(`${portal}/en/signin/`)
    await page.locator('#password-email').fill(MEMBER)
    await page.locator('#password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in with password' }).click()
    await page.waitForURL(`${portal}/en/me/`)
    for (const path of [
      '/en/proposals/',
      '/en/committees/',
      '/en/directory/',
      '/en/me/profile/',
      '/',
      '/en/transparency/',
    ]) {
      await page.goto(`${portal}${path}`)
    }
    await page.goto(`${portal}/en/meetings/${meeting.id}/run/`)
    await expect(page.getByRole('button', { name: 'Start' }).first().isVisible()).resolves.toBe(
      true,
    )
    expect(violations).toEqual([])
    // A script someone managed to put in a page would not run: the policy refuses inline code.
    await page.evaluate(() => {
      const injected = document.createElement('script')
      injected.textContent = 'window.__injected = true'
      document.body.append(injected)
    })
    await expect.poll(() => violations.length).toBe(1)
    expect(
      await page.evaluate(() => (window as { __injected?: boolean }).__injected),
    ).toBeUndefined()
    await context.close()
  })
})

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, scoped to the whole site', async () => {
    const response = await postSignIn(portal, MEMBER)
    expect(response.status).toBe(303)
    const session = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))!
    expect(session).toMatch(/; HttpOnly/i)
    expect(session).toMatch(/; SameSite=Lax/i)
    expect(session).toMatch(/; Path=\//i)
    // Served over plain http here (a developer's machine): a Secure cookie would never come back.
    expect(session).not.toMatch(/; Secure/i)
  })

  it('is Secure, and HSTS is sent, when the portal is served over HTTPS', async () => {
    const secure = await startPortal({ ...process.env, PORTAL_PUBLIC_URL: 'https://fazaa.example' })
    try {
      const response = await postSignIn(secure.url, MEMBER)
      expect(response.status).toBe(303)
      const session = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))!
      expect(session).toMatch(/; Secure/i)
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/)
    } finally {
      await secure.stop()
    }
  })

  it('ends on sign-out: the old cookie opens nothing afterwards', async () => {
    const cookie = cookiesOf(await postSignIn(portal, MEMBER))
    const before = await fetch(`${portal}/en/me/`, { headers: { cookie }, redirect: 'manual' })
    expect(before.status).toBe(200)
    const out = await fetch(`${portal}/en/signout/`, {
      method: 'POST',
      headers: { origin: portal, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    })
    expect(out.status).toBe(303)
    const after = await fetch(`${portal}/en/me/`, { headers: { cookie }, redirect: 'manual' })
    expect(after.status).toBe(303)
    expect(after.headers.get('location')).toContain('/signin/')
  })
})

describe('forged posts (CSRF)', () => {
  it('refuses every state-changing form posted from another site or with no origin, and changes nothing', async () => {
    const lead = await one<{ email: string; committee: number }>(
      `SELECT m.email, c.id AS committee FROM committees c JOIN members m ON m.id = c.lead_id
       WHERE c.status IN ('forming', 'active') ORDER BY c.id LIMIT 1`,
    )
    const proposal = await one<{ id: number }>(
      `SELECT id FROM proposals WHERE status = 'voting' ORDER BY id LIMIT 1`,
    )
    const campaign = await one<{ slug: string }>(
      `SELECT slug FROM campaigns WHERE status = 'fundraising' LIMIT 1`,
    )
    const meeting = await one<{ id: number }>(
      `SELECT id FROM meetings WHERE status = 'planned' ORDER BY starts_at LIMIT 1`,
    )
    const cookie = cookiesOf(await postSignIn(portal, lead.email))
    const before = await databaseFingerprint(db, ['members_sessions', ...SCHEDULE_BOOKKEEPING])
    const forms: [string, Record<string, string>][] = [
      ['/en/signin/', { intent: 'password', email: MEMBER, password: DEMO_PASSWORD }],
      ['/en/signout/', {}],
      ['/en/join/', { name: 'Forged', email: 'forged@example.org', why: 'x' }],
      ['/en/forgot/', { email: MEMBER }],
      ['/en/reset/', { token: 'x', password: 'a-new-long-password' }],
      ['/en/signin/link/', { token: 'x' }],
      ['/en/unsubscribe/', { token: 'x' }],
      [`/en/campaigns/${campaign.slug}/donate/`, { amount: '25', currency: 'EUR' }],
      ['/en/proposals/new/', { intent: 'submit', title: 'Forged', summary: 'x' }],
      [`/en/proposals/${proposal.id}/`, { intent: 'vote', choice: 'no' }],
      [`/en/proposals/${proposal.id}/edit/`, { intent: 'save', title: 'Forged' }],
      ['/en/me/profile/', { intent: 'save', name: 'Forged' }],
      ['/en/me/meetings/', { intent: 'rsvp', meeting: String(meeting.id), answer: 'no' }],
      ['/en/committees/', { committee: String(lead.committee), message: 'Forged' }],
      [`/en/committees/${lead.committee}/`, { intent: 'remove', member: '1' }],
      [`/en/committees/${lead.committee}/expenses/`, { description: 'Forged', amount: '10' }],
    ]
    for (const [path, fields] of forms) {
      for (const origin of ['https://evil.example', undefined]) {
        const response = await fetch(`${portal}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            cookie,
            ...(origin ? { origin } : {}),
          },
          body: new URLSearchParams(fields),
          redirect: 'manual',
        })
        expect([path, origin, response.status]).toEqual([path, origin, 403])
      }
    }
    expect(await databaseFingerprint(db, ['members_sessions', ...SCHEDULE_BOOKKEEPING])).toEqual(
      before,
    )
  })
})

describe('an address with a control character', () => {
  it('is 400 with the reason in the reader’s language, never 500', async () => {
    for (const [path, words] of [
      ['/campaigns/a%00b/', 'محرف تحكم'],
      ['/en/campaigns/a%00b/', 'control character'],
      ['/en/media/a%00b.png', 'control character'],
      ['/en/proposals/%01/', 'control character'],
    ] as const) {
      const response = await fetch(`${portal}${path}`, { redirect: 'manual' })
      expect([path, response.status]).toEqual([path, 400])
      expect(await response.text()).toContain(words)
    }
  })
})
