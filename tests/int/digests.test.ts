import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqlHandle } from '../../cms/lib/db'
import { nextRetryAt, sendDueMail } from '../../cms/plugins/mail/deliveries'
import { unsubscribeToken } from '../../cms/plugins/mail/unsubscribe/unsubscribeToken'
import { richText } from '../../cms/lib/plainRichText'
import { createMember } from '../helpers/fixtures'
import { readMailbox } from '../helpers/mailbox'
import { resetDatabase, testPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'
import { startSmtpPeer } from '../helpers/smtpPeer'

const mailDir = path.join(process.env.DATA_DIR!, `digest-mail-${process.pid}`)
const savedEnv = { ...process.env }
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>
let payload: Payload
let rest: Awaited<ReturnType<typeof startRestServer>>
let meetingCount = 0

const members = {} as Record<
  'arabic' | 'english' | 'optedOut' | 'left' | 'applicant' | 'bounce',
  number
>

/** A fresh month's Big Sunday Meeting, marked held with a summary: its digest is queued. */
const holdMeeting = async () => {
  meetingCount += 1
  const startsAt = new Date(Date.UTC(2025, meetingCount, 1, 15))
  while (startsAt.getUTCDay() !== 0) startsAt.setUTCDate(startsAt.getUTCDate() + 1)
  const meeting = await payload.create({
    collection: 'meetings',
    data: {
      title: `Big Sunday ${meetingCount}`,
      kind: 'big-sunday',
      status: 'planned',
      visibility: 'public',
      startsAt: startsAt.toISOString(),
      startsAt_tz: 'UTC',
    },
  })
  await payload.update({
    collection: 'meetings',
    id: meeting.id,
    locale: 'en',
    data: {
      title: `Big Sunday ${meetingCount}`,
      status: 'held',
      summary: richText('We chose the school heating project.'),
    },
  })
  return meeting.id
}

const deliveriesOf = async (meetingId: number) => {
  const db = await sqlHandle(payload)
  const { rows } = await db.execute(
    sql`SELECT member_id, status, attempts, last_error FROM mail_deliveries WHERE meeting_id = ${meetingId} ORDER BY member_id`,
  )
  return rows as {
    member_id: number
    status: string
    attempts: number
    last_error: string | null
  }[]
}

const mailFor = (email: string) => readMailbox(mailDir).filter((mail) => mail.to.includes(email))
const emailOf = async (id: number) => (await payload.findByID({ collection: 'members', id })).email
const clearMailbox = () => {
  fs.rmSync(mailDir, { recursive: true, force: true })
  fs.mkdirSync(mailDir, { recursive: true })
}

beforeAll(async () => {
  smtp = await startSmtpPeer(mailDir, {
    refuseRecipient: (address) => address.startsWith('bounce'),
  })
  Object.assign(process.env, {
    SMTP_URL: smtp.url,
    PORTAL_PUBLIC_URL: 'http://portal.test',
    CMS_PUBLIC_URL: 'http://cms.test',
    MAIL_FROM: 'digest@fazaa.example',
  })
  payload = await testPayload('digests')
  await resetDatabase(payload)
  rest = await startRestServer(payload)
  members.arabic = (
    await createMember(payload, { locale: 'ar', name: 'سلمى', timeZone: 'Europe/Berlin' })
  ).id
  members.english = (
    await createMember(payload, { locale: 'en', name: 'Sam', timeZone: 'America/Toronto' })
  ).id
  members.optedOut = (await createMember(payload, { digestOptIn: false })).id
  members.left = (await createMember(payload, { status: 'left' })).id
  members.applicant = (await createMember(payload, { status: 'applicant' })).id
  members.bounce = (
    await createMember(payload, { email: `bounce-${Date.now()}@example.org`, locale: 'en' })
  ).id
  await payload.create({
    collection: 'campaigns',
    data: {
      title: 'School heating',
      month: '2026-11',
      status: 'fundraising',
      goal: { amount: 300000, currency: 'EUR' },
    },
  })
})

afterAll(async () => {
  process.env = savedEnv
  await rest?.close()
  await smtp?.stop()
})

describe('the meeting digest', () => {
  it('reaches every opted-in active member once, in their language, and nobody else', async () => {
    clearMailbox()
    const meetingId = await holdMeeting()
    expect((await deliveriesOf(meetingId)).map((d) => d.member_id).sort()).toEqual(
      [members.arabic, members.english, members.bounce].sort(),
    )
    await payload.jobs.run({ queue: 'mail' })
    await payload.jobs.run({ queue: 'mail' })

    const arabic = mailFor(await emailOf(members.arabic))
    const english = mailFor(await emailOf(members.english))
    expect([arabic.length, english.length]).toEqual([1, 1])
    for (const id of [members.optedOut, members.left, members.applicant]) {
      expect(mailFor(await emailOf(id))).toEqual([])
    }
    expect(arabic[0]!.subject).toMatch(/^موجز لقاء الأحد الكبير/)
    expect(english[0]!.subject).toMatch(/^Big Sunday Meeting digest/)
    const html = arabic[0]!.parts.find((part) => part.contentType === 'text/html')!.body
    expect(html).toContain('dir="rtl"')
    expect(html).toContain('حملة هذا الشهر')
    expect(html).toContain('http://portal.test/campaigns/')
    expect(html).not.toMatch(/<img|<script/i)
    const plain = english[0]!.parts.find((part) => part.contentType === 'text/plain')!.body
    expect(plain).toContain('We chose the school heating project.')
    expect(plain).toContain('€0 of €3,000 raised')
    expect(plain).toContain('http://portal.test/en/campaigns/')
    // Correct mail: one-click unsubscribe, an id, a date.
    const headers = english[0]!.headers
    expect(headers.get('list-unsubscribe')).toMatch(
      /^<http:\/\/cms\.test\/api\/unsubscribe\?token=digest\./,
    )
    expect(headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    expect(headers.get('message-id')).toBe(`<digest.${meetingId}.${members.english}@fazaa.example>`)
    expect(headers.get('date')).toBeTruthy()

    const digest = (
      await payload.find({
        collection: 'digests',
        where: { meeting: { equals: meetingId } },
        locale: 'en',
      })
    ).docs[0]!
    expect(digest).toMatchObject({ status: 'done', sentCount: 2, failedCount: 1, pendingCount: 0 })
    expect(digest.whatsappText).toContain('http://portal.test/en/campaigns/')
  })

  it('records a permanently refused address and still delivers to the others', async () => {
    const meetingId = await holdMeeting()
    await sendDueMail(payload)
    const bounce = (await deliveriesOf(meetingId)).find((d) => d.member_id === members.bounce)!
    expect(bounce.status).toBe('failed')
    expect(bounce.last_error).toMatch(/550/)
    expect((await deliveriesOf(meetingId)).filter((d) => d.status === 'sent')).toHaveLength(2)
  })

  it('retries while the SMTP server refuses, and then delivers each one exactly once', async () => {
    clearMailbox()
    const meetingId = await holdMeeting()
    smtp.refuseNext(10)
    const first = await sendDueMail(payload, { concurrency: 1 })
    expect(first.sent).toBe(0)
    expect((await deliveriesOf(meetingId)).filter((d) => d.status === 'pending')).toHaveLength(2)
    // Nothing is due before its wait is over.
    expect((await sendDueMail(payload)).sent).toBe(0)
    smtp.refuseNext(0)
    const later = () => new Date(Date.now() + 2 * 60 * 60_000)
    const second = await sendDueMail(payload, { now: later })
    expect(second.sent).toBe(2)
    expect(mailFor(await emailOf(members.arabic))).toHaveLength(1)
    expect(mailFor(await emailOf(members.english))).toHaveLength(1)
    await sendDueMail(payload, { now: later })
    expect(readMailbox(mailDir)).toHaveLength(2)
  })

  it('sends nothing twice when a run is cut off halfway and another resumes', async () => {
    clearMailbox()
    const meetingId = await holdMeeting()
    const cut = await sendDueMail(payload, { concurrency: 1, max: 1 })
    expect(cut.sent + cut.failed).toBe(1)
    // A sender that died after claiming one delivery, before sending it.
    const db = await sqlHandle(payload)
    const crashed =
      await db.execute(sql`UPDATE mail_deliveries SET status = 'sending', claimed_at = now() - interval '20 minutes'
      WHERE id = (SELECT min(id) FROM mail_deliveries WHERE meeting_id = ${meetingId} AND status = 'pending')
      RETURNING id`)
    expect(crashed.rows).toHaveLength(1)
    await Promise.all([sendDueMail(payload), sendDueMail(payload)])
    const received = readMailbox(mailDir)
    expect(received.map((mail) => mail.to).sort()).toEqual(
      [await emailOf(members.arabic), await emailOf(members.english)].sort(),
    )
  })

  it('runs again when a claim would go stale, not at once while another sender works', async () => {
    const meetingId = await holdMeeting()
    const db = await sqlHandle(payload)
    await db.execute(sql`UPDATE mail_deliveries SET status = 'sent' WHERE status <> 'sent'`)
    // One delivery claimed a minute ago by a sender still at work (or one that just died).
    await db.execute(sql`UPDATE mail_deliveries SET status = 'sending', claimed_at = now() - interval '1 minute'
      WHERE id = (SELECT min(id) FROM mail_deliveries WHERE meeting_id = ${meetingId})`)
    const waitMinutes = ((await nextRetryAt(payload))!.getTime() - Date.now()) / 60_000
    expect(waitMinutes).toBeGreaterThan(13.5)
    expect(waitMinutes).toBeLessThan(14.5)
    // A delivery waiting on nothing is due now.
    await db.execute(sql`UPDATE mail_deliveries SET status = 'pending', next_attempt_at = NULL
      WHERE id = (SELECT max(id) FROM mail_deliveries WHERE meeting_id = ${meetingId})`)
    expect(Math.abs((await nextRetryAt(payload))!.getTime() - Date.now())).toBeLessThan(5_000)
    await db.execute(sql`UPDATE mail_deliveries SET status = 'sent' WHERE status <> 'sent'`)
  })
})

describe('reminders', () => {
  it('reminds who has not voted a day before the close, and a committee of its start and end, once', async () => {
    clearMailbox()
    const db = await sqlHandle(payload)
    await db.execute(
      sql`UPDATE members SET status = 'paused' WHERE id <> ${members.arabic} AND id <> ${members.english}`,
    )
    const proposal = await payload.create({
      collection: 'proposals',
      data: {
        title: 'Library shelves',
        summary: 'Shelves for the school library',
        status: 'voting',
        estimatedBudget: { amount: 90000, currency: 'EUR' },
        estimatedDurationWeeks: 4,
        votingOpensAt: new Date(Date.now() - 86_400_000).toISOString(),
        votingClosesAt: new Date(Date.now() + 12 * 3_600_000).toISOString(),
      },
    })
    await payload.create({
      collection: 'votes',
      data: { proposal: proposal.id, member: members.english, choice: 'yes' },
    })
    await payload.jobs.queue({ task: 'queueReminders', input: {}, queue: 'workflow' })
    await payload.jobs.run({ queue: 'workflow' })
    await payload.jobs.queue({ task: 'queueReminders', input: {}, queue: 'workflow' })
    await payload.jobs.run({ queue: 'workflow' })
    await sendDueMail(payload)
    const reminders = readMailbox(mailDir).filter((mail) => /التصويت|vote/.test(mail.subject))
    expect(reminders.map((mail) => mail.to)).toEqual([await emailOf(members.arabic)])
    expect(reminders[0]!.text).toContain(`http://portal.test/proposals/${proposal.id}/`)
    expect(reminders[0]!.headers.get('list-unsubscribe')).toContain('token=reminders.')

    // The oil-stain rule: a veteran beside a newcomer.
    await db.execute(sql`UPDATE members SET veteran = true WHERE id = ${members.arabic}`)
    const start = new Date()
    const committee = await payload.create({
      collection: 'committees',
      data: {
        name: 'Shelves committee',
        kind: 'flying',
        status: 'forming',
        lead: members.arabic,
        members: [members.arabic, members.english],
        startDate: start.toISOString(),
        endDate: new Date(start.getTime() + 5 * 86_400_000).toISOString(),
      },
    })
    await payload.update({ collection: 'committees', id: committee.id, data: { status: 'active' } })
    await payload.jobs.queue({ task: 'queueReminders', input: {}, queue: 'workflow' })
    await payload.jobs.run({ queue: 'workflow' })
    await sendDueMail(payload)
    const englishEmail = await emailOf(members.english)
    const english = readMailbox(mailDir).filter((mail) => mail.to === englishEmail)
    expect(english.map((mail) => mail.subject).sort()).toEqual([
      'Last week for “Shelves committee”',
      '“Shelves committee” is formed, and you are on it',
    ])
    await db.execute(sql`UPDATE members SET status = 'active' WHERE status = 'paused'`)
  })
})

describe('unsubscribing', () => {
  const post = (token: string) =>
    fetch(`${rest.base}/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })

  it('works in one click without a session, and refuses a forged token', async () => {
    const member = await createMember(payload)
    const forged = unsubscribeToken('another-secret', 'digest', member.id)
    const otherMember = unsubscribeToken(payload.secret, 'digest', member.id).replace(
      `digest.${member.id}.`,
      `digest.${member.id + 1}.`,
    )
    for (const token of [forged, otherMember, 'digest.1', '']) {
      expect((await post(token)).status).toBe(400)
    }
    expect((await payload.findByID({ collection: 'members', id: member.id })).digestOptIn).toBe(
      true,
    )
    const done = await post(unsubscribeToken(payload.secret, 'digest', member.id))
    expect(done.status).toBe(200)
    expect((await payload.findByID({ collection: 'members', id: member.id })).digestOptIn).toBe(
      false,
    )
    const reminders = await post(unsubscribeToken(payload.secret, 'reminders', member.id))
    expect(reminders.status).toBe(200)
    expect((await payload.findByID({ collection: 'members', id: member.id })).remindersOptIn).toBe(
      false,
    )
  })
})

describe('preparing the Big Sunday Meeting', () => {
  it('suggests the next two of the rotation, skipping who declined, and lists the duties', async () => {
    const db = await sqlHandle(payload)
    await db.execute(sql`TRUNCATE meetings, mail_deliveries, digests RESTART IDENTITY CASCADE`)
    const longest = await createMember(payload, { joinedAt: '2019-01-01T00:00:00.000Z' })
    const declined = await createMember(payload, {
      joinedAt: '2018-01-01T00:00:00.000Z',
      introductionDeclined: true,
    })
    const second = await createMember(payload, { joinedAt: '2019-06-01T00:00:00.000Z' })
    const meeting = await payload.create({
      collection: 'meetings',
      locale: 'en',
      data: {
        title: 'Big Sunday',
        kind: 'big-sunday',
        status: 'planned',
        visibility: 'public',
        startsAt: '2027-03-07T15:00:00.000Z',
        startsAt_tz: 'UTC',
      },
    })
    const introductions = meeting.segments!.find((s) => s.kind === 'introductions')!
    const ids = (introductions.members ?? []).map((m) => (typeof m === 'object' ? m.id : m))
    expect(ids).toEqual([longest.id, second.id])
    expect(ids).not.toContain(declined.id)
    expect(meeting.segments!.map((s) => s.kind)).toEqual([
      'introductions',
      'next-campaign',
      'last-campaign',
      'guest',
      'closing',
    ])
    expect(meeting.duties!.map((d) => [d.duty, d.done])).toEqual([
      ['presenter-chosen', false],
      ['guest-confirmed', false],
      ['questions-prepared', false],
      ['intro-members-contacted', false],
      ['campaign-leads-coordinated', false],
    ])
    const admin = await createMember(payload, { role: 'admin' })
    const ticked = await payload.update({
      collection: 'meetings',
      id: meeting.id,
      data: { duties: meeting.duties!.map((d, i) => ({ ...d, done: i === 0 })) },
      user: { ...admin, collection: 'members' },
      overrideAccess: false,
    })
    expect(ticked.duties![0]).toMatchObject({
      done: true,
      doneBy: expect.objectContaining({ id: admin.id }),
    })
    expect(ticked.duties![1]!.doneBy).toBeFalsy()
  })
})
