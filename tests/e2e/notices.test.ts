import pg from 'pg'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { signedInToAdmin } from '../helpers/adminSession'
import { launchChromium } from '../helpers/browser'
import { eventually } from '../helpers/eventually'
import { fromAddress } from '../helpers/fromAddress'
import { readMailbox } from '../helpers/mailbox'
import { testPayload } from '../helpers/payload'
import { GREYLISTED } from './globalSetup'

/**
 * The notices a person gets because of what they do (the lead hears of an offer to help, the
 * admins of an application) go through the CMS's durable mail queue, as the digest does: when the
 * recipient's mail server says "later" (421, greylisting), the running CMS tries again and the
 * message arrives once. Nothing here sends mail or runs a job: the product's schedules do.
 */
const portal = inject('portalUrl')
const cms = inject('cmsUrl')
let db: pg.Client
let browser: Browser

beforeAll(async () => {
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await db?.end()
})

interface Delivery {
  status: string
  attempts: number
  last_error: string | null
}

const deliveryOf = async (key: string) =>
  (
    await db.query<Delivery>(
      `SELECT status, attempts::int AS attempts, last_error FROM mail_deliveries WHERE key = $1`,
      [key],
    )
  ).rows[0]

/**
 * Waits until the delivery was tried once and put off by the server, then lets the minute the
 * queue waits before its retry pass (the delivery and the sender's job both come due now).
 */
const seeRefusedThenWaitOut = async (key: string) => {
  const putOff = await eventually(async () => {
    const delivery = await deliveryOf(key)
    return delivery?.status === 'pending' && delivery.attempts === 1 ? delivery : undefined
  }, `the first try of ${key}`)
  expect(putOff.last_error).toContain('Greylisted')
  await db.query(`UPDATE mail_deliveries SET next_attempt_at = now() WHERE key = $1`, [key])
  await db.query(
    `UPDATE payload_jobs SET wait_until = now()
     WHERE task_slug = 'sendMail' AND completed_at IS NULL AND wait_until > now()`,
  )
}

const mailsTo = (address: string) => readMailbox().filter((mail) => mail.to.includes(address))

describe('notices, through the mail queue', () => {
  it("tells a committee's lead of an offer to help, in the lead's language, once, after the lead's server put it off", async () => {
    const payload = await testPayload('notices')
    const stamp = Date.now()
    const person = (email: string, name: string, locale: 'ar' | 'en') =>
      payload.create({
        collection: 'members',
        locale,
        data: { email, password: DEMO_PASSWORD, name, role: 'member', status: 'active', locale },
      })
    const lead = await person(`${GREYLISTED}lead-${stamp}@example.org`, 'سلمى الحايك', 'ar')
    const helper = await person(`helper-${stamp}@example.org`, 'Nour Haddad', 'en')
    const committee = await payload.create({
      collection: 'committees',
      locale: 'ar',
      data: {
        name: 'ترميم سور المدرسة',
        kind: 'flying',
        status: 'forming',
        lead: lead.id,
        members: [lead.id],
        startDate: new Date().toISOString(),
        endDate: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    })

    // The helper offers, in Chromium, with the committee list's own button.
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } })
    const page = await context.newPage()
    await page.goto(`${portal}/en/signin/`)
    await page.locator('#password-email').fill(helper.email)
    await page.locator('#password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in with password' }).click()
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/en/committees/`)
    const card = page.locator(`[data-committee-id="${committee.id}"]`)
    await card.getByLabel(/message/i).fill('I built the wall of my own school')
    await card.getByRole('button', { name: "I'd like to help" }).click()
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      'Your offer is sent; the lead decides.',
    )
    await context.close()

    const { rows } = await db.query<{ id: number }>(
      `SELECT id FROM committee_interests WHERE committee_id = $1 AND member_id = $2`,
      [committee.id, helper.id],
    )
    const key = `help-offer:${rows[0]!.id}`
    await seeRefusedThenWaitOut(key)
    const sent = await eventually(async () => {
      const delivery = await deliveryOf(key)
      return delivery?.status === 'sent' ? delivery : undefined
    }, `the retry of ${key}`)
    expect(sent.attempts).toBe(2)

    const received = mailsTo(lead.email)
    expect(received).toHaveLength(1)
    expect(received[0]!.subject).toBe('عرض مساعدة للجنة «ترميم سور المدرسة»')
    expect(received[0]!.text).toContain('Nour Haddad')
    expect(received[0]!.text).toContain('I built the wall of my own school')
    expect(received[0]!.text).toContain(`/committees/${committee.id}/`)
  })

  it('tells every admin of an application to join, each in their language, once, after a server put it off', async () => {
    const payload = await testPayload('notices')
    const stamp = Date.now()
    const admin = await payload.create({
      collection: 'members',
      data: {
        email: `${GREYLISTED}admin-${stamp}@example.org`,
        password: DEMO_PASSWORD,
        name: 'Admin Greylisted',
        role: 'admin',
        status: 'active',
        locale: 'en',
      },
    })
    const email = `applicant-${stamp}@example.org`
    // The join form as it posts without JavaScript, from a visitor of its own (three an hour each).
    const applied = await fetch(`${portal}/join/`, {
      method: 'POST',
      headers: { origin: portal, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        name: 'هند صالح',
        email,
        country: 'NO',
        sectors: 'health',
        why: 'أعلّم الإسعافات الأولية',
      }),
      redirect: 'manual',
      // @ts-expect-error undici's option, which Node's fetch takes
      dispatcher: fromAddress('127.0.0.41'),
    })
    expect(applied.status).toBe(303)
    const applicant = (
      await db.query<{ id: number }>(`SELECT id FROM members WHERE email = $1`, [email])
    ).rows[0]!

    // One delivery to each active admin, the greylisted one among them.
    const { rows: keys } = await db.query<{ key: string }>(
      `SELECT key FROM mail_deliveries WHERE key LIKE $1 ORDER BY key`,
      [`application:${applicant.id}:%`],
    )
    const { rows: admins } = await db.query<{ id: number }>(
      `SELECT id FROM members WHERE role = 'admin' AND status = 'active' ORDER BY id`,
    )
    expect(keys.map((row) => row.key).sort()).toEqual(
      admins.map((row) => `application:${applicant.id}:${row.id}`).sort(),
    )
    const key = `application:${applicant.id}:${admin.id}`
    await seeRefusedThenWaitOut(key)
    const sent = await eventually(async () => {
      const delivery = await deliveryOf(key)
      return delivery?.status === 'sent' ? delivery : undefined
    }, `the retry of ${key}`)
    expect(sent.attempts).toBe(2)

    const received = mailsTo(admin.email)
    expect(received).toHaveLength(1)
    expect(received[0]!.subject).toBe('A new application to join: هند صالح')
    expect(received[0]!.text).toContain('Health')
    expect(received[0]!.text).toContain('أعلّم الإسعافات الأولية')
    expect(received[0]!.text).toContain(`/admin/collections/members/${applicant.id}`)

    // The applicant hears it arrived, in the language they applied in.
    const ack = await eventually(
      async () => mailsTo(email).find((mail) => mail.subject === 'وصلنا طلب انتسابك إلى الفزعة'),
      'the acknowledgement to the applicant',
    )
    expect(ack.text).toContain('هند صالح')
    expect(ack.text).toContain('/about/')
  })

  it('an admin admits an applicant with one button; the new member is welcomed in their language with how to sign in', async () => {
    const payload = await testPayload('notices')
    const stamp = Date.now()
    const adminEmail = `admin-admits-${stamp}@example.org`
    await payload.create({
      collection: 'members',
      data: {
        email: adminEmail,
        password: DEMO_PASSWORD,
        name: 'مديرة القبول',
        role: 'admin',
        status: 'active',
      },
    })
    const email = `applicant-en-${stamp}@example.org`
    const applied = await fetch(`${portal}/en/join/`, {
      method: 'POST',
      headers: { origin: portal, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        name: 'Karim Haddad',
        email,
        country: 'CA',
        sectors: 'education',
        why: 'I teach mathematics',
      }),
      redirect: 'manual',
      // @ts-expect-error undici's option, which Node's fetch takes
      dispatcher: fromAddress('127.0.0.42'),
    })
    expect(applied.status).toBe(303)
    const applicant = (
      await db.query<{ id: number }>(`SELECT id FROM members WHERE email = $1`, [email])
    ).rows[0]!

    // The admin, in an Arabic browser, opens the application and admits it.
    const page = await signedInToAdmin(browser, cms, adminEmail)
    const context = page.context()
    await page.goto(`${cms}/admin/collections/members/${applicant.id}`)
    await page.getByRole('button', { name: 'قبول الانتساب' }).click()
    await page.getByText('تم التحديث بنجاح').first().waitFor()
    await context.close()
    const admitted = (
      await db.query<{ status: string; joined_minutes_ago: number }>(
        `SELECT status, extract(epoch FROM now() - joined_at)::int / 60 AS joined_minutes_ago
         FROM members WHERE id = $1`,
        [applicant.id],
      )
    ).rows[0]!
    expect(admitted).toEqual({ status: 'active', joined_minutes_ago: 0 })

    const welcome = await eventually(
      async () =>
        mailsTo(email).find((mail) => mail.subject === 'Welcome to Fazaa: you are admitted'),
      'the welcome mail',
    )
    expect(welcome.text).toContain('Hello Karim Haddad')
    expect(welcome.text).toContain(`${portal}/en/signin/`)
    expect(welcome.text).toContain(`${portal}/en/forgot/`)
    // Once: the key is the member's.
    const { rows } = await db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM mail_deliveries WHERE key = $1`,
      [`welcome:${applicant.id}`],
    )
    expect(rows[0]!.count).toBe(1)
  })
})
