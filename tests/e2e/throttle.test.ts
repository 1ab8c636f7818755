import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { fromAddress } from '../helpers/fromAddress'
import { readMailbox } from '../helpers/mailbox'
import { testPayload } from '../helpers/payload'

/**
 * Guessing, mail floods and membership probes, against the product as npm start runs it: the
 * CMS's REST API (Next.js gives the throttle the client's address) and the portal's forms.
 * Each test is its own client, so the rest of the suite is not throttled by it.
 */
const portal = inject('portalUrl')
const cms = inject('cmsUrl')
let db: pg.Client
let admin: { email: string }
let member: { email: string }

beforeAll(async () => {
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  // People of its own: other tests change the demo members' passwords and mail them.
  const payload = await testPayload('throttle')
  const person = async (role: 'admin' | 'member') => {
    const email = `throttle-${role}-${Date.now()}@example.org`
    await payload.create({
      collection: 'members',
      data: { email, password: DEMO_PASSWORD, name: `Throttle ${role}`, role, status: 'active' },
    })
    return { email }
  }
  admin = await person('admin')
  member = await person('member')
})

afterAll(async () => {
  await db?.end()
})

/** A client of the CMS at `address` (as a proxy in front of it would say). */
const restAs = (address: string) => (path: string, body: object) =>
  fetch(`${cms}/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify(body),
  })

const ruleOf = async (response: Response) =>
  ((await response.json()) as { errors?: { data?: { rule?: string } }[] }).errors?.[0]?.data?.rule

describe('password guessing', () => {
  it('slows the guessing client down, never locks the account for its owner', async () => {
    const guesser = restAs('203.0.113.10')
    for (let guess = 0; guess < 5; guess++) {
      const wrong = await guesser('members/login', {
        email: admin.email,
        password: `guess-${guess}`,
      })
      expect(wrong.status).toBe(401)
    }
    const sixth = await guesser('members/login', { email: admin.email, password: DEMO_PASSWORD })
    expect(sixth.status).toBe(429)
    expect(await ruleOf(sixth)).toBe('too-many-attempts')

    // The admin, from their own machine, signs in at once: there is no lock to wait out.
    const owner = await restAs('198.51.100.20')('members/login', {
      email: admin.email,
      password: DEMO_PASSWORD,
    })
    expect(owner.status).toBe(200)
    const { rows } = await db.query(`SELECT 1 FROM members WHERE email = $1`, [admin.email])
    expect(rows).toHaveLength(1)
  })

  it('counts a burst of concurrent guesses in full', async () => {
    const guesser = restAs('203.0.113.11')
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, guess) =>
        guesser('members/login', { email: member.email, password: `burst-${guess}` }),
      ),
    )
    const statuses = answers.map((answer) => answer.status)
    const checked = statuses.filter((status) => status === 401).length
    // Five, and one more for each wait (1 s, 2 s) that passed while the burst was answered.
    expect(checked).toBeGreaterThanOrEqual(5)
    expect(checked).toBeLessThanOrEqual(7)
    expect(statuses.filter((status) => status === 429)).toHaveLength(30 - checked)
  })

  it('answers a stranger and a member in the same time and the same words', async () => {
    const timeOf = async (email: string, address: string) => {
      const started = performance.now()
      const answer = await restAs(address)('members/login', { email, password: 'not-the-one-1' })
      const ms = performance.now() - started
      return { ms, status: answer.status, body: await answer.text() }
    }
    const known: number[] = []
    const unknown: number[] = []
    for (let round = 0; round < 5; round++) {
      const a = await timeOf(member.email, `203.0.113.${100 + round}`)
      const b = await timeOf(`nobody-${round}@example.org`, `203.0.113.${110 + round}`)
      expect(b.status).toBe(a.status)
      expect(b.body).toBe(a.body)
      known.push(a.ms)
      unknown.push(b.ms)
    }
    const median = (list: number[]) => [...list].sort((x, y) => x - y)[2]!
    // Before: ~5 ms for a stranger and ~200 ms for a member. Now both pay one PBKDF2.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5)
  })
})

describe('membership cannot be read from the API', () => {
  it('refuses every sign-up over REST alike, a known address or a new one', async () => {
    const signUp = (email: string) =>
      restAs('203.0.113.30')('members', { email, password: 'a-long-password-1', name: 'X' })
    const [known, fresh] = await Promise.all([
      signUp(member.email),
      signUp('somebody-new@example.org'),
    ])
    expect(known.status).toBe(403)
    expect(fresh.status).toBe(403)
    expect(await known.text()).toBe(await fresh.text())
    const { rows } = await db.query(
      `SELECT 1 FROM members WHERE email = 'somebody-new@example.org'`,
    )
    expect(rows).toHaveLength(0)
  })
})

describe('mail from anonymous requests', () => {
  it('sends at most three password resets to one address, and answers the same each time', async () => {
    // An address of its own, never signed in to: the mails to it are this test's alone.
    const payload = await testPayload('throttle')
    const email = `reset-${Date.now()}@example.org`
    await payload.create({
      collection: 'members',
      data: {
        email,
        password: 'a-long-password-1',
        name: 'Reset',
        role: 'member',
        status: 'active',
      },
    })
    const since = Date.now()
    const client = restAs('203.0.113.40')
    for (let ask = 0; ask < 6; ask++) {
      const answer = await client('members/forgot-password', { email })
      expect(answer.status).toBe(200)
    }
    const started = Date.now()
    const mails = () =>
      readMailbox().filter((mail) => mail.to.includes(email) && mail.receivedAt >= since)
    while (mails().length < 3 && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    // A moment more, for a fourth that should not come.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(mails()).toHaveLength(3)
  })

  it('stops one client after ten mails an hour, whoever they are addressed to', async () => {
    const client = restAs('203.0.113.41')
    const statuses: number[] = []
    for (let ask = 0; ask < 12; ask++) {
      statuses.push(
        (await client('members/forgot-password', { email: `stranger-${ask}@example.org` })).status,
      )
    }
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
  })
})

describe("the portal's forms", () => {
  const post = (address: string, path: string, fields: Record<string, string>) =>
    fetch(`${portal}${path}`, {
      method: 'POST',
      headers: { origin: portal, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
      redirect: 'manual',
      // @ts-expect-error undici's option, which Node's fetch takes
      dispatcher: fromAddress(address),
    })

  it('tells a guessing visitor in Arabic how long to wait, with 429 and Retry-After', async () => {
    const guess = (password: string) =>
      post('127.0.0.21', '/signin/', { intent: 'password', email: member.email, password })
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await guess(`wrong-${attempt}`)).status).toBe(401)
    }
    const waiting = await guess(DEMO_PASSWORD)
    expect(waiting.status).toBe(429)
    expect(Number(waiting.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    const page = await waiting.text()
    expect(page).toContain('محاولات كثيرة من هذا الجهاز')
    expect(page).toContain(member.email)

    // The member, from elsewhere, is not held up.
    const elsewhere = await post('127.0.0.22', '/signin/', {
      intent: 'password',
      email: member.email,
      password: DEMO_PASSWORD,
    })
    expect(elsewhere.status).toBe(303)
  })

  it('takes three applications to join an hour from one visitor', async () => {
    const apply = (n: number) =>
      post('127.0.0.23', '/en/join/', {
        name: `Applicant ${n}`,
        email: `applicant-${n}-${Date.now()}@example.org`,
        country: 'DE',
        sectors: 'health',
        why: 'To help the town.',
      })
    const answers: Response[] = []
    for (let n = 0; n < 4; n++) answers.push(await apply(n))
    expect(answers.map((answer) => answer.status)).toEqual([303, 303, 303, 429])
    const refused = await answers[3]!.text()
    expect(refused).toContain('Wait 1 hour')
    // What was typed stays in the form.
    expect(refused).toContain('Applicant 3')
  })
})
