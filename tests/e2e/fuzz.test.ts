import pg from 'pg'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { fromAddress } from '../helpers/fromAddress'
import { launchChromium } from '../helpers/browser'
import { databaseFingerprint, SCHEDULE_BOOKKEEPING } from '../helpers/databaseFingerprint'
import { createMember } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { signInToPortal } from '../helpers/portalSession'

/**
 * Thousands of malformed and hostile posts to every form of the portal, with a real member's
 * session and the right origin (so that each one reaches the page, past the CSRF check):
 * - malformed bodies (wrong content types, broken multipart, oversize, values of the wrong type
 *   for the field) are refused with a 4xx, never a 5xx, and change nothing in the database;
 * - hostile text in otherwise valid forms (script and SQL payloads, NUL bytes, direction
 *   overrides) never causes a 5xx, and whatever is stored comes back escaped and never runs.
 */
const portal = inject('portalUrl')
let browser: Browser
let db: pg.Client

interface Route {
  path: string
  /** A body the page would take, or nearly: one field at a time is made hostile. */
  fields: Record<string, string>
  /** Fields whose values have a type (an amount, a date, an id, a choice…). */
  typed: Record<string, keyof typeof WRONG_VALUES>
  multipart?: boolean
}

/** Values that are wrong for a field of each type: a page must refuse each one. */
const WRONG_VALUES = {
  amount: [
    '',
    'NaN',
    'Infinity',
    '-1',
    '0',
    '1e308',
    '0x10',
    '1,2,3',
    '١٠٠٠٠٠٠٠٠',
    '1; DROP TABLE donations;--',
    '<script>alert(1)</script>',
    '[object Object]',
    '9'.repeat(400),
    ' ',
    '\u0000',
  ],
  date: [
    '2026-13-45',
    '0000-00-00',
    'tomorrow',
    '9999-99-99',
    "2026-01-01'; DELETE FROM expenses;--",
    '',
  ],
  choice: [
    'maybe',
    "yes' OR '1'='1",
    '',
    'YES ',
    '<svg onload=alert(1)>',
    'yes\u0000',
    'x'.repeat(10_000),
  ],
  id: [
    '-1',
    '0',
    'abc',
    '1 OR 1=1',
    '99999999999999999999',
    '1.5',
    '',
    "1'; DROP TABLE members;--",
  ],
  email: [
    '',
    'not-an-email',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    `${'a'.repeat(5000)}@example.org`,
    '@example.org',
    'x@\u0000.org',
  ],
  token: ['', 'x', "' OR 1=1 --", 'a'.repeat(100_000), '../../etc/passwd', '\u0000', '%00'],
  currency: ['XXX', 'eur', '', 'EUR\u0000', 'USD; DROP TABLE donations', '€'],
  text: ['', 'x'.repeat(200_000)],
} as const

/** Hostile text that a valid form may well store: it must come back escaped, inert. */
const HOSTILE_TEXT = [
  '<script>window.__fuzz=1</script>',
  '<img src=x onerror="window.__fuzz=1">',
  '"><svg onload="window.__fuzz=1">',
  "'; DROP TABLE proposals; --",
  "Robert'); DELETE FROM members WHERE ('1'='1",
  '{{7*7}} ${7*7} <%= 7*7 %>',
  '\u202Eevil\u202C',
  'nul\u0000byte',
  '<a href="javascript:window.__fuzz=1">click</a>',
  '[link](javascript:alert(1))',
  '\uD800 lone surrogate',
  '🌿 مصياف <b>bold</b>',
]

interface Attempt {
  path: string
  label: string
  contentType?: string
  body: BodyInit
}

const formBody = (route: Route, fields: Record<string, string>): Attempt['body'] => {
  if (!route.multipart) return new URLSearchParams(fields).toString()
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return form
}

const fuzzClient = fromAddress('127.0.0.31')

/** Sends every attempt, a few at a time, and returns each status. */
const sendAll = async (attempts: Attempt[], cookie: string) => {
  const results: { attempt: Attempt; status: number }[] = []
  let next = 0
  const worker = async () => {
    while (next < attempts.length) {
      const attempt = attempts[next++]!
      const headers: Record<string, string> = { origin: portal, cookie }
      if (attempt.contentType) headers['content-type'] = attempt.contentType
      const response = await fetch(`${portal}${attempt.path}`, {
        method: 'POST',
        headers,
        body: attempt.body,
        redirect: 'manual',
        // Its own client: the wrong passwords below would throttle the suite's 127.0.0.1.
        // @ts-expect-error undici's option, which Node's fetch takes
        dispatcher: fuzzClient,
      })
      await response.arrayBuffer()
      results.push({ attempt, status: response.status })
    }
  }
  await Promise.all(Array.from({ length: 6 }, worker))
  return results
}

/** Bodies that are broken as a whole, whatever the route. */
const brokenBodies = (route: Route): Attempt[] => {
  const plain = new URLSearchParams(route.fields).toString()
  let deep = '1'
  for (let level = 0; level < 5000; level++) deep = `[${deep}]`
  const boundary = '----fazaa-fuzz'
  return [
    { label: 'json object', contentType: 'application/json', body: JSON.stringify(route.fields) },
    { label: 'json deeply nested', contentType: 'application/json', body: deep },
    {
      label: 'json with prototype keys',
      contentType: 'application/json',
      body: '{"__proto__":{"admin":true}}',
    },
    { label: 'text/plain', contentType: 'text/plain', body: plain },
    {
      label: 'xml',
      contentType: 'application/xml',
      body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    },
    { label: 'no content type', body: new Blob([plain]) },
    {
      label: 'multipart without its boundary',
      contentType: 'multipart/form-data',
      body: `--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--${boundary}--\r\n`,
    },
    {
      label: 'multipart cut off',
      contentType: `multipart/form-data; boundary=${boundary}`,
      body: `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nhalf a fie`,
    },
    {
      label: 'multipart garbage',
      contentType: `multipart/form-data; boundary=${boundary}`,
      body: new Uint8Array(4096).map((_, i) => (i * 7919) % 256),
    },
    {
      label: 'urlencoded over the size limit',
      contentType: 'application/x-www-form-urlencoded',
      body: `${plain}&filler=${'x'.repeat(1024 * 1024)}`,
    },
  ].map((attempt) => ({ path: route.path, ...attempt }))
}

/**
 * Every wrong value of every type except free text: "abc" is as wrong for an id as for an amount
 * or a choice, except where it is right (1.5 is an amount; an expense's date is optional).
 */
const WRONG_FOR_ANY_TYPED_FIELD = [
  ...new Set(
    Object.entries(WRONG_VALUES)
      .filter(([type]) => type !== 'text')
      .flatMap(([, values]) => values),
  ),
]
const RIGHT_FOR: Partial<Record<keyof typeof WRONG_VALUES, string[]>> = {
  amount: ['1.5'],
  date: [''],
}
const wrongFor = (type: keyof typeof WRONG_VALUES): readonly string[] =>
  type === 'text'
    ? WRONG_VALUES.text
    : WRONG_FOR_ANY_TYPED_FIELD.filter((value) => !RIGHT_FOR[type]?.includes(value))

/** The route's body with one typed field at a time set to each wrong value. */
const wrongValues = (route: Route): Attempt[] =>
  Object.entries(route.typed).flatMap(([field, type]) =>
    wrongFor(type).map((value) => ({
      path: route.path,
      label: `${field}=${JSON.stringify(value.slice(0, 40))}`,
      contentType: route.multipart ? undefined : 'application/x-www-form-urlencoded',
      body: formBody(route, { ...route.fields, [field]: value }),
    })),
  )

let routes: Route[]
let leadCookie: string

beforeAll(async () => {
  browser = await launchChromium()
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  const { rows: leads } = await db.query<{ email: string; committee: number }>(
    `SELECT m.email, c.id AS committee FROM committees c JOIN members m ON m.id = c.lead_id
     JOIN campaigns k ON k.id = c.campaign_id
     WHERE c.status IN ('forming', 'active') AND k.status = 'fundraising' ORDER BY c.id LIMIT 1`,
  )
  const lead = leads[0]!
  const proposal = (
    await db.query<{ id: number }>(
      `SELECT id FROM proposals WHERE status = 'voting' ORDER BY id LIMIT 1`,
    )
  ).rows[0]!
  const campaign = (
    await db.query<{ slug: string }>(
      `SELECT slug FROM campaigns WHERE status = 'fundraising' LIMIT 1`,
    )
  ).rows[0]!
  const meeting = (
    await db.query<{ id: number }>(
      `SELECT id FROM meetings WHERE status = 'planned' ORDER BY starts_at LIMIT 1`,
    )
  ).rows[0]!
  leadCookie = await signInToPortal(portal, lead.email)
  // Opening "My meetings" makes the member's calendar-feed secret on first use: done here, so
  // that the comparison below sees only what the posts changed.
  await fetch(`${portal}/en/me/meetings/`, { headers: { cookie: leadCookie } })
  routes = [
    {
      path: '/en/signin/',
      fields: { intent: 'password', email: 'nobody@fuzz.example', password: 'wrong' },
      typed: { email: 'email', intent: 'token' },
    },
    {
      path: '/en/join/',
      fields: { name: 'Fuzz', email: 'x', why: 'x' },
      typed: { email: 'email' },
    },
    { path: '/en/forgot/', fields: { email: 'x' }, typed: { email: 'email' } },
    {
      path: '/en/reset/',
      fields: { token: 'x', password: 'a-long-password' },
      typed: { token: 'token' },
    },
    { path: '/en/signin/link/', fields: { token: 'x' }, typed: { token: 'token' } },
    { path: '/en/unsubscribe/', fields: { token: 'x' }, typed: { token: 'token' } },
    {
      path: `/en/campaigns/${campaign.slug}/donate/`,
      fields: { amount: '25', currency: 'EUR', message: 'hello' },
      typed: { amount: 'amount', currency: 'currency' },
    },
    {
      path: '/en/proposals/new/',
      fields: {
        intent: 'submit',
        title: 'A fuzz',
        summary: 'S',
        details: 'D',
        budget: '100',
        weeks: '4',
      },
      typed: { budget: 'amount', weeks: 'amount', title: 'text' },
    },
    {
      path: `/en/proposals/${proposal.id}/`,
      fields: { intent: 'vote', choice: 'yes' },
      typed: { choice: 'choice' },
    },
    {
      path: '/en/me/meetings/',
      fields: { meeting: String(meeting.id), answer: 'yes' },
      typed: { meeting: 'id', answer: 'choice' },
    },
    {
      path: '/en/committees/',
      fields: { committee: String(lead.committee), message: 'hello' },
      typed: { committee: 'id' },
    },
    {
      path: `/en/committees/${lead.committee}/`,
      fields: { intent: 'add', member: '1' },
      typed: { member: 'id' },
    },
    {
      path: '/en/me/profile/',
      fields: { name: 'Fuzz Lead', timeZone: 'Europe/Berlin', locale: 'en' },
      typed: { timeZone: 'token', name: 'text' },
    },
    {
      path: `/en/committees/${lead.committee}/expenses/`,
      fields: { description: 'Fuzz', amount: '10', paidAt: '2026-11-01' },
      typed: { amount: 'amount', paidAt: 'date', description: 'text' },
      multipart: true,
    },
  ]
})

afterAll(async () => {
  await browser?.close()
  await db?.end()
})

describe('a refused form says what was wrong', () => {
  it('in the reader’s language: a row the page did not offer, a date that does not exist, an address that is not one', async () => {
    const post = (path: string, body: BodyInit, contentType?: string) =>
      fetch(`${portal}${path}`, {
        method: 'POST',
        headers: {
          origin: portal,
          cookie: leadCookie,
          ...(contentType ? { 'content-type': contentType } : {}),
        },
        body,
      })
    const committee = await post(
      '/en/committees/',
      'committee=abc',
      'application/x-www-form-urlencoded',
    )
    expect([
      committee.status,
      (await committee.text()).includes('That choice is not one the page offered'),
    ]).toEqual([422, true])
    const arabic = await post('/committees/', 'committee=1.5', 'application/x-www-form-urlencoded')
    expect([
      arabic.status,
      (await arabic.text()).includes('هذا الاختيار ليس من الخيارات المعروضة'),
    ]).toEqual([422, true])
    const expenses = routes.find((route) => route.path.endsWith('/expenses/'))!
    const form = new FormData()
    for (const [name, value] of Object.entries({ ...expenses.fields, paidAt: '2026-02-30' }))
      form.append(name, value)
    const expense = await post(expenses.path, form)
    expect([
      expense.status,
      (await expense.text()).includes('Choose a date that exists on the calendar'),
    ]).toEqual([422, true])
    const forgot = await post(
      '/en/forgot/',
      'email=not-an-email',
      'application/x-www-form-urlencoded',
    )
    expect([
      forgot.status,
      (await forgot.text()).includes('does not look like an email address'),
    ]).toEqual([422, true])
    const json = await post('/en/forgot/', '{"email":"a@b.c"}', 'application/json')
    expect([json.status, await json.text()]).toEqual([
      415,
      'This page only takes its own forms. Send the form from the page itself.',
    ])
  })
})

describe('malformed posts to every form', () => {
  it('are refused with a 4xx, never a 5xx, and change nothing', { timeout: 300_000 }, async () => {
    const before = await databaseFingerprint(db, [
      'members_sessions',
      'throttles',
      ...SCHEDULE_BOOKKEEPING,
    ])
    // Each form in English and in Arabic (the site's root).
    const attempts = [
      ...routes,
      ...routes.map((r) => ({ ...r, path: r.path.replace(/^\/en/, '') })),
    ].flatMap((route) => [...brokenBodies(route), ...wrongValues(route)])
    const results = await sendAll(attempts, leadCookie)
    const wrong = results
      .filter(({ status }) => status < 400 || status >= 500)
      .map(({ attempt, status }) => `${status} ${attempt.path} ${attempt.label}`)
    expect(wrong).toEqual([])
    expect(results.length).toBeGreaterThan(1900)
    expect(
      await databaseFingerprint(db, ['members_sessions', 'throttles', ...SCHEDULE_BOOKKEEPING]),
    ).toEqual(before)
  })
})

describe('hostile text in forms that are otherwise right', () => {
  it(
    'never causes a 5xx; what is stored comes back escaped and never runs',
    { timeout: 300_000 },
    async () => {
      const payload = await testPayload()
      const writer = await createMember(payload, {
        email: 'fuzz-writer@example.org',
        name: 'Fuzz Writer',
      })
      const cookie = await signInToPortal(portal, writer.email, 'test-password-1')
      const forming = (
        await db.query<{ id: number }>(
          `SELECT id FROM committees WHERE status = 'forming' ORDER BY id LIMIT 1`,
        )
      ).rows[0]
      const campaign = (
        await db.query<{ slug: string }>(
          `SELECT slug FROM campaigns WHERE status = 'fundraising' LIMIT 1`,
        )
      ).rows[0]!
      const attempts: Attempt[] = HOSTILE_TEXT.flatMap((text, i) => {
        const form = (path: string, fields: Record<string, string>): Attempt => ({
          path,
          label: JSON.stringify(text),
          contentType: 'application/x-www-form-urlencoded',
          body: new URLSearchParams(fields).toString(),
        })
        const proposal = {
          intent: 'draft',
          title: `Fuzz ${i}`,
          summary: 'S',
          details: 'D',
          budget: '100',
          weeks: '4',
        }
        return [
          form('/en/proposals/new/', { ...proposal, title: text }),
          form('/en/proposals/new/', { ...proposal, summary: text }),
          form('/en/proposals/new/', { ...proposal, details: `${text}\n\n${text}` }),
          form('/en/me/profile/', {
            name: text,
            bio: text,
            city: text,
            skills: `${text}, second`,
            timeZone: 'Europe/Berlin',
            locale: 'en',
            showInDirectory: 'on',
          }),
          form('/en/join/', {
            name: text,
            email: `fuzz-${i}@example.org`,
            country: text,
            why: text,
          }),
          form(`/en/campaigns/${campaign.slug}/donate/`, {
            amount: '25',
            currency: 'EUR',
            message: text,
            showName: 'on',
          }),
          ...(forming
            ? [form('/en/committees/', { committee: String(forming.id), message: text })]
            : []),
        ]
      })
      const results = await sendAll(attempts, cookie)
      expect(
        results
          .filter(({ status }) => status >= 500)
          .map(({ attempt, status }) => `${status} ${attempt.path} ${attempt.label}`),
      ).toEqual([])

      // Whatever was stored, wherever it is shown to the writer, other members or the public.
      const { rows: proposals } = await db.query<{ id: number }>(
        `SELECT id FROM proposals WHERE proposer_id = $1 ORDER BY id`,
        [writer.id],
      )
      expect(proposals.length).toBeGreaterThan(HOSTILE_TEXT.length)
      const pages = [
        '/en/proposals/',
        ...proposals.flatMap(({ id }) => [`/en/proposals/${id}/`, `/en/proposals/${id}/edit/`]),
        '/en/me/profile/',
        '/en/me/',
        '/en/directory/',
        '/en/committees/',
        `/en/campaigns/${campaign.slug}/`,
      ]
      const context = await browser.newContext()
      await context.addCookies(
        cookie.split('; ').map((pair) => {
          const [name, ...value] = pair.split('=')
          return { name: name!, value: value.join('='), url: portal }
        }),
      )
      const page = await context.newPage()
      // Read by the browser, not by a regular expression: text inside an attribute (the page's
      // og:title) is harmless; a parsed element or handler is not.
      const shown: string[] = []
      for (const path of pages) {
        await page.goto(`${portal}${path}`)
        const { text, ...found } = await page.evaluate(() => ({
          scripts: [...document.scripts].filter((s) => s.textContent?.includes('__fuzz')).length,
          handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
          scriptLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
            a.getAttribute('href')!.trim().toLowerCase().startsWith('javascript:'),
          ).length,
          ran: (window as { __fuzz?: number }).__fuzz ?? 0,
          text: document.body.innerText,
        }))
        expect({ path, ...found }).toEqual({
          path,
          scripts: 0,
          handlers: 0,
          scriptLinks: 0,
          ran: 0,
        })
        shown.push(text)
      }
      // Shown as the text that was typed, not swallowed.
      expect(shown.join('\n')).toContain('<script>window.__fuzz=1</script>')
      expect(shown.join('\n')).toContain('<img src=x onerror="window.__fuzz=1">')
      // The texts were kept as typed (escaped on the way out, not mangled on the way in).
      const stored = await db.query<{ title: string }>(
        `SELECT l.title FROM proposals p JOIN proposals_locales l ON l._parent_id = p.id
         WHERE p.proposer_id = $1`,
        [writer.id],
      )
      expect(stored.rows.map((r) => r.title)).toContain('<script>window.__fuzz=1</script>')
      await context.close()
    },
  )
})
