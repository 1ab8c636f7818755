import pg from 'pg'
import sharp from 'sharp'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import * as clock from '@fazaa/shared/clock'
import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { signedInToAdmin } from '../helpers/adminSession'
import { launchChromium } from '../helpers/browser'
import { asUser } from '../helpers/fixtures'
import { eventually } from '../helpers/eventually'
import { readMailbox, type ReceivedMail } from '../helpers/mailbox'
import { testPayload } from '../helpers/payload'

/**
 * A month of the fellowship on the product as `npm start` runs it (tests/e2e/globalSetup.ts: the
 * CMS and the portal on their own origins, the CMS's own job schedules, a real SMTP peer),
 * clicked through in Chromium. Nothing here runs a job or calls a sender: every email counted
 * below was sent by the running CMS on its schedule.
 */
const portal = inject('portalUrl')
const cms = inject('cmsUrl')
const ADMIN = 'salma-al-hakim@fazaa.example'
let browser: Browser
let db: pg.Client
let payload: Payload | undefined

/** Payload's Local API on the product's database, as the management acts in the admin. */
const asAdmin = async () => {
  payload ??= await testPayload('journeys')
  const admin = (await payload.find({ collection: 'members', where: { email: { equals: ADMIN } } }))
    .docs[0]!
  return { payload, user: asUser(admin), overrideAccess: false }
}

beforeAll(async () => {
  browser = await launchChromium()
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
})

afterAll(async () => {
  await browser?.close()
  await db?.end()
})

/** A person on a phone, scripts on, reading English. */
const phone = async (): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en' })
  return context.newPage()
}

const signIn = async (page: Page, email: string) => {
  await page.goto(`${portal}/en/signin/`)
  await page.locator('#password-email').fill(email)
  await page.locator('#password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in with password' }).click()
  await page.waitForURL(`${portal}/en/me/`)
}

const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
  (await db.query<T>(text, values)).rows[0]!

/** The mail the SMTP peer received whose Message-ID comes from deliveries keyed `prefix:…`. */
const mailKeyed = (prefix: string): ReceivedMail[] =>
  readMailbox().filter((mail) =>
    (mail.headers.get('message-id') ?? '').startsWith(`<${prefix.replace(/:/g, '.')}.`),
  )

const memberIdOf = (mail: ReceivedMail) =>
  Number(/\.(\d+)@/.exec(mail.headers.get('message-id') ?? '')?.[1])

/** An active member with no committee, no vote yet and every email wanted: the journey's own. */
const newcomer = () =>
  one<{ id: number; email: string; name: string }>(
    `SELECT m.id, m.email, l.name FROM members m
     JOIN members_locales l ON l._parent_id = m.id AND l._locale = 'en'
     WHERE m.status = 'active' AND m.role = 'member' AND m.digest_opt_in AND m.reminders_opt_in
       -- One of the demo's people (the demo password is theirs), not someone another test made.
       AND m.email LIKE '%@fazaa.example'
       AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.member_id = m.id)
       AND NOT EXISTS (SELECT 1 FROM committees_rels r JOIN committees c ON c.id = r.parent_id
                       WHERE r.members_id = m.id AND c.status <> 'completed')
       AND NOT EXISTS (SELECT 1 FROM committees c WHERE c.lead_id = m.id AND c.status <> 'completed')
     ORDER BY m.id DESC LIMIT 1`,
  )

// A person's pace, and the schedules' few seconds, take longer than the default minute.
const JOURNEY_MS = 180_000

describe('a month of the fellowship, on npm start', { timeout: JOURNEY_MS }, () => {
  it('a member votes, changes the vote, answers a meeting, proposes a project and offers help', async () => {
    const member = await newcomer()
    const page = await phone()
    await signIn(page, member.email)

    // The ballot: yes, then changed to no; one row keeps the last choice.
    const { id: proposalId } = await one<{ id: number }>(
      `SELECT id FROM proposals WHERE status = 'voting' AND voting_closes_at > now() ORDER BY id LIMIT 1`,
    )
    await page.goto(`${portal}/en/proposals/`)
    await page.locator(`a[href="/en/proposals/${proposalId}/"]`).first().click()
    await page.waitForURL(`${portal}/en/proposals/${proposalId}/`)
    await page.getByLabel('Yes').check()
    await page.getByRole('button', { name: 'Vote' }).click()
    await expect(page.locator('[data-my-choice]').textContent()).resolves.toBe('You voted “Yes”')
    await page.getByLabel('No', { exact: true }).check()
    await page.getByRole('button', { name: 'Change your vote' }).click()
    await expect(page.locator('[data-my-choice]').textContent()).resolves.toBe('You voted “No”')
    const { rows: votes } = await db.query(
      `SELECT choice FROM votes WHERE member_id = $1 AND proposal_id = $2`,
      [member.id, proposalId],
    )
    expect(votes).toEqual([{ choice: 'no' }])

    // Will you come? Yes.
    await page.goto(`${portal}/en/me/meetings/`)
    const meeting = page.locator('[data-meeting-id]').first()
    const meetingId = Number(await meeting.getAttribute('data-meeting-id'))
    await meeting.getByRole('button', { name: 'Coming', exact: true }).click()
    await expect(page.getByRole('status').textContent()).resolves.toBe('Your answer is saved.')
    const rsvp = await one<{ answer: string }>(
      `SELECT answer FROM meeting_rsvps WHERE member_id = $1 AND meeting_id = $2`,
      [member.id, meetingId],
    )
    expect(rsvp.answer).toBe('yes')

    // A project for next month.
    await page.goto(`${portal}/en/proposals/new/`)
    await page.getByLabel('Title').fill('Shade trees for the school yard')
    await page
      .getByLabel('Summary in two lines')
      .fill('Twelve trees and their watering for a year.')
    await page.getByLabel('Estimated budget (EUR)').fill('900')
    await page.getByLabel('Duration (weeks)').fill('4')
    await page.getByLabel('Education').check()
    await page.getByRole('button', { name: 'Submit the proposal' }).click()
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Your proposal has arrived',
    )
    const proposal = await one<{ status: string; proposer_id: number }>(
      `SELECT p.status, p.proposer_id FROM proposals p JOIN proposals_locales l ON l._parent_id = p.id
       WHERE l.title = 'Shade trees for the school yard'`,
    )
    expect(proposal).toEqual({ status: 'submitted', proposer_id: member.id })

    // An offer to help a committee that is forming; its lead hears of it by email.
    await page.goto(`${portal}/en/committees/`)
    const forming = page.locator('[data-committee-id]').filter({
      has: page.getByRole('button', { name: "I'd like to help" }),
    })
    const committeeId = Number(await forming.first().getAttribute('data-committee-id'))
    const offered = Date.now()
    await forming.first().getByRole('button', { name: "I'd like to help" }).click()
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      'Your offer is sent; the lead decides.',
    )
    await one(`SELECT 1 FROM committee_interests WHERE member_id = $1 AND committee_id = $2`, [
      member.id,
      committeeId,
    ])
    const lead = await one<{ email: string }>(
      `SELECT m.email FROM committees c JOIN members m ON m.id = c.lead_id WHERE c.id = $1`,
      [committeeId],
    )
    // In the lead's language, naming the member.
    const told = await eventually(
      async () =>
        readMailbox().find(
          (mail) =>
            mail.to.includes(lead.email) &&
            mail.receivedAt >= offered &&
            /An offer to help|عرض مساعدة/.test(mail.subject),
        ),
      `the offer reaching ${lead.email}`,
    )
    const names = await db.query<{ name: string }>(
      `SELECT name FROM members_locales WHERE _parent_id = $1`,
      [member.id],
    )
    expect(names.rows.some((row) => told.text.includes(row.name))).toBe(true)
    await page.context().close()
  })

  it('the lead adds a member and submits an expense with a photo of the receipt', async () => {
    const committee = await one<{ id: number; email: string; seats: number }>(
      `SELECT c.id, m.email FROM committees c JOIN members m ON m.id = c.lead_id
       WHERE c.status = 'active' AND c.kind = 'flying' AND c.campaign_id IS NOT NULL
       ORDER BY c.id DESC LIMIT 1`,
    )
    const page = await phone()
    await signIn(page, committee.email)
    await page.goto(`${portal}/en/committees/${committee.id}/`)
    const before = Number(await page.locator('[data-seats-left]').getAttribute('data-seats-left'))
    expect(before).toBeGreaterThan(0)
    const suggested = page.locator('section[aria-labelledby="suggested"] [data-member-id]').first()
    const added = Number(await suggested.getAttribute('data-member-id'))
    await suggested.getByRole('button', { name: 'Add' }).click()
    await expect(page.getByRole('status').textContent()).resolves.toBe('The member list is saved.')
    expect(Number(await page.locator('[data-seats-left]').getAttribute('data-seats-left'))).toBe(
      before - 1,
    )
    await one(`SELECT 1 FROM committees_rels WHERE parent_id = $1 AND members_id = $2`, [
      committee.id,
      added,
    ])

    await page.getByRole('link', { name: "The campaign's expenses" }).click()
    await page.getByLabel('What was paid for').fill('Two heaters for the library')
    await page.getByLabel(/^Amount in/).fill('180.50')
    const receipt = await sharp({
      create: { width: 60, height: 90, channels: 3, background: '#f4f1ea' },
    })
      .jpeg()
      .toBuffer()
    await page
      .getByLabel(/receipt/i)
      .setInputFiles({ name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: receipt })
    await page.getByRole('button', { name: 'Submit an expense' }).click()
    await expect(page.getByRole('status').textContent()).resolves.toContain('Expense submitted')
    const expense = await one<{
      id: number
      amount: number
      status: string
      receipt: number | null
    }>(
      `SELECT e.id, e.amount::int AS amount, e.status, e.receipt_id AS receipt FROM expenses e
       JOIN expenses_locales l ON l._parent_id = e.id WHERE l.description = 'Two heaters for the library'`,
    )
    expect(expense.amount).toBe(18050)
    expect(expense.status).toBe('submitted')
    expect(expense.receipt).not.toBeNull()

    // The management turns it down with a reason, and the lead reads why on the same page.
    const admin = await asAdmin()
    await admin.payload.update({
      collection: 'expenses',
      id: expense.id,
      data: { status: 'rejected', rejectionReason: 'The receipt shows one heater, not two.' },
      user: admin.user,
      overrideAccess: false,
    })
    await page.reload()
    await expect(page.locator('[data-rejection-reason]').textContent()).resolves.toBe(
      'Why: The receipt shows one heater, not two.',
    )
    await page.context().close()
  })

  it('an admin marks the Big Sunday Meeting held in the admin once it took place, with its summary, and the digest reaches every member who wants it', async () => {
    const meeting = await one<{ id: number }>(
      `SELECT id FROM meetings WHERE kind = 'big-sunday' AND status = 'planned'
       AND starts_at > now() ORDER BY starts_at LIMIT 1`,
    )
    const { count: audience } = await one<{ count: number }>(
      `SELECT count(*)::int AS count FROM members WHERE status = 'active' AND digest_opt_in IS NOT FALSE`,
    )
    const page = await signedInToAdmin(browser, cms, ADMIN, { locale: 'en' })
    const context = page.context()
    const markHeld = async () => {
      await page.goto(`${cms}/admin/collections/meetings/${meeting.id}`)
      // Payload's select: its menu opens once the form has loaded.
      await page.locator('#field-status .rs__control').click()
      await page.getByRole('option', { name: 'Held' }).click()
    }
    const save = () => page.getByRole('button', { name: 'Save' }).click()

    // Before it happens: the screen says who the digest would reach, and the save is refused.
    await markHeld()
    await expect(page.locator('.fazaa-digest-audience').textContent()).resolves.toContain(
      `to ${audience} members at once`,
    )
    await save()
    await page.getByText('Held meeting rule').first().waitFor()
    // The Sunday came (the meeting moved to a past Sunday of a month with no other Big Sunday).
    const past = new Date()
    past.setUTCFullYear(past.getUTCFullYear() - 3, past.getUTCMonth(), 1)
    past.setUTCHours(14, 0, 0, 0)
    while (past.getUTCDay() !== 0) past.setUTCDate(past.getUTCDate() + 1)
    await db.query(`UPDATE meetings SET starts_at = $2, month = $3 WHERE id = $1`, [
      meeting.id,
      past.toISOString(),
      past.toISOString().slice(0, 7),
    ])
    // Held without a summary: refused, the digest would be empty.
    await markHeld()
    await save()
    await page.getByText('Digest rule').first().waitFor()
    const still = await one<{ status: string; digests: number }>(
      `SELECT status, (SELECT count(*)::int FROM digests WHERE meeting_id = $1) AS digests
       FROM meetings WHERE id = $1`,
      [meeting.id],
    )
    expect(still).toEqual({ status: 'planned', digests: 0 })
    // With the summary written, it goes.
    await page.locator('[data-field-path="summary"] [contenteditable="true"]').click()
    await page.keyboard.type('We chose the school heating project and heard from our guest.')
    // Lexical hands its value to the form when the browser is next idle (up to 500 ms).
    await page.waitForTimeout(1_000)
    await save()
    await page.getByText('Updated successfully').waitFor()
    await context.close()

    // Who wants it, as the database says: every active member who did not opt out.
    const { rows } = await db.query<{ id: number }>(
      `SELECT id FROM members WHERE status = 'active' AND digest_opt_in IS NOT FALSE`,
    )
    const wanted = rows.map((row) => row.id).sort((a, b) => a - b)
    const digests = await eventually(async () => {
      const arrived = mailKeyed(`digest:${meeting.id}`)
      return arrived.length >= wanted.length ? arrived : undefined
    }, `${wanted.length} digests at the SMTP peer`)
    expect(digests.map(memberIdOf).sort((a, b) => a - b)).toEqual(wanted)
    const record = await eventually(
      async () =>
        (
          await db.query<{ status: string; sent: number; subject: string | null }>(
            `SELECT d.status, d.sent_count::int AS sent, l.subject FROM digests d
             JOIN digests_locales l ON l._parent_id = d.id AND l._locale = 'en'
             WHERE d.meeting_id = $1 AND d.status = 'done'`,
            [meeting.id],
          )
        ).rows[0],
      'the digest record counted done',
    )
    expect(record.sent).toBe(wanted.length)
    expect(record.subject).toBeTruthy()
  })

  it('a vote closing within a day brings a reminder to each member who has not voted, once', async () => {
    const { payload, ...asManagement } = await asAdmin()
    // The management puts the member's proposal to the vote, closing twelve hours from now.
    const { id } = await one<{ id: number }>(
      `SELECT p.id FROM proposals p JOIN proposals_locales l ON l._parent_id = p.id
       WHERE l.title = 'Shade trees for the school yard'`,
    )
    for (const data of [
      { status: 'in-discussion' as const },
      {
        status: 'voting' as const,
        votingOpensAt: new Date(clock.now().getTime() - 60_000).toISOString(),
        votingClosesAt: new Date(clock.now().getTime() + 12 * 3_600_000).toISOString(),
      },
    ]) {
      await payload.update({ collection: 'proposals', id, data, ...asManagement })
    }
    const { rows } = await db.query<{ id: number }>(
      `SELECT id FROM members m WHERE status = 'active' AND reminders_opt_in IS NOT FALSE
       AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.member_id = m.id AND v.proposal_id = $1)`,
      [id],
    )
    const expected = rows.map((row) => row.id).sort((a, b) => a - b)
    expect(expected.length).toBeGreaterThan(10)
    const reminders = await eventually(async () => {
      const arrived = mailKeyed(`vote-reminder:${id}`)
      return arrived.length >= expected.length ? arrived : undefined
    }, `${expected.length} vote reminders at the SMTP peer`)
    expect(reminders.map(memberIdOf).sort((a, b) => a - b)).toEqual(expected)
    // The schedule keeps running; nobody gets a second one.
    await new Promise((resolve) => setTimeout(resolve, 6_000))
    expect(mailKeyed(`vote-reminder:${id}`)).toHaveLength(expected.length)
  })

  it('a committee whose end date comes is dissolved by the schedule, and its report-back meeting planned', async () => {
    const { payload, ...asManagement } = await asAdmin()
    // A veteran and a newcomer, as the oil-stain rule asks, neither at work on a committee now.
    const free = async (veteran: boolean) =>
      (
        await one<{ id: number }>(
          `SELECT m.id FROM members m WHERE status = 'active' AND veteran = $1
           AND NOT EXISTS (SELECT 1 FROM committees_rels r JOIN committees c ON c.id = r.parent_id
                           WHERE r.members_id = m.id AND c.status <> 'completed')
           AND NOT EXISTS (SELECT 1 FROM committees c WHERE c.lead_id = m.id AND c.status <> 'completed')
           ORDER BY id LIMIT 1`,
          [veteran],
        )
      ).id
    const people = [await free(true), await free(false)]
    // A brainstorm group that meets once: it ends a few seconds from now.
    const ends = new Date(clock.now().getTime() + 5_000)
    const committee = await payload.create({
      collection: 'committees',
      data: {
        name: 'A one-evening brainstorm',
        kind: 'brainstorm',
        status: 'active',
        lead: people[0],
        members: people,
        startDate: new Date(clock.now().getTime() - 86_400_000).toISOString(),
        endDate: ends.toISOString(),
      },
      ...asManagement,
    })
    const dissolved = await eventually(
      async () =>
        (
          await db.query<{ status: string }>(
            `SELECT status FROM committees WHERE id = $1 AND status = 'completed'`,
            [committee.id],
          )
        ).rows[0],
      'the committee completed by the schedule',
    )
    expect(dissolved.status).toBe('completed')
    const { rows: veterans } = await db.query<{ veteran: boolean }>(
      `SELECT veteran FROM members WHERE id = ANY($1)`,
      [people],
    )
    expect(veterans.every((row) => row.veteran)).toBe(true)
    const report = await one<{ starts_at: Date }>(
      `SELECT starts_at FROM meetings WHERE kind = 'open' AND committee_id = $1`,
      [committee.id],
    )
    expect(report.starts_at > ends).toBe(true)

    // Its members no longer see it among their committees at work.
    const { rows: emails } = await db.query<{ email: string }>(
      `SELECT email FROM members WHERE id = $1`,
      [people[1]],
    )
    const page = await phone()
    await signIn(page, emails[0]!.email)
    await page.goto(`${portal}/en/committees/`)
    expect(await page.locator(`[data-committee-id="${committee.id}"]`).count()).toBe(0)
    await page.context().close()
  })
})
