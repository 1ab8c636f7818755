import pg from 'pg'
import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Member, Proposal, VotingRound } from '../../cms/payload-types'
import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { ROUND_WORDS } from '@fazaa/shared/i18n/roundWords'
import { formatDateTime } from '@fazaa/shared/i18n/locales'
import { turnoutOf } from '@fazaa/shared/rules/votingRound'
import { signedInToAdmin } from '../helpers/adminSession'
import { launchChromium } from '../helpers/browser'
import { eventually } from '../helpers/eventually'
import { asUser, createMember } from '../helpers/fixtures'
import { readMailbox } from '../helpers/mailbox'
import { testPayload } from '../helpers/payload'

/**
 * A voting round as members and the management live it with `npm start`: the CMS's schedules
 * close it (no test calls the job), members follow it in Chromium on a phone without scripts,
 * the result reaches them by mail through the SMTP peer, and a tie is decided in the admin.
 * Each round here is the test's own; only the passing of time is written to the database.
 */
const cms = inject('cmsUrl')
const portal = inject('portalUrl')
const TIME_ZONE = 'Asia/Damascus'
const r = ROUND_WORDS.ar
let browser: Browser
let db: pg.Client
let payload: Payload
const stamp = Date.now()
let member: Member
let adminOf: Member
const others: Member[] = []

beforeAll(async () => {
  browser = await launchChromium()
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  payload = await testPayload('voting-rounds')
  const person = (slug: string, name: string, role: 'member' | 'admin' = 'member') =>
    createMember(payload, {
      email: `${slug}-${stamp}@example.org`,
      password: DEMO_PASSWORD,
      name,
      role,
      locale: 'ar',
      timeZone: TIME_ZONE,
      remindersOptIn: true,
    })
  member = await person('round-voter', 'ليلى الحسن')
  adminOf = await person('round-admin', 'مديرة الجولات', 'admin')
  for (const index of [1, 2, 3, 4])
    others.push(await person(`round-other-${index}`, `عضو ${index}`))
})

afterAll(async () => {
  await browser?.close()
  await db?.end()
})

/** The active members now: who may vote, and what a round's quorum is counted from. */
const activeMembers = async () =>
  (
    await db.query<{ active: number }>(
      `SELECT count(*)::int AS active FROM members WHERE status = 'active'`,
    )
  ).rows[0]!.active

/** The smallest whole percent whose quorum is `voters` of the active members. */
const percentFor = (voters: number, active: number) => {
  for (let percent = 1; percent <= 100; percent += 1) {
    if (turnoutOf({ eligible: active, voters: 0 }, percent / 100).needed === voters) return percent
  }
  throw new Error(`No percent gives a quorum of ${voters} out of ${active}`)
}

/** A round of the test's own, open now, with proposals put to it as the management does. */
const roundWith = async (titles: string[], quorumPercent?: number) => {
  const opensAt = new Date(Date.now() - 60_000).toISOString()
  const closesAt = new Date(Date.now() + 5 * 86_400_000 + (stamp % 1000) * 1000).toISOString()
  const round = await payload.create({
    collection: 'voting-rounds',
    data: { opensAt, closesAt, status: 'open', ...(quorumPercent ? { quorumPercent } : {}) },
    user: asUser(adminOf),
    overrideAccess: false,
  })
  const proposals: Proposal[] = []
  for (const title of titles) {
    proposals.push(
      await payload.create({
        collection: 'proposals',
        locale: 'ar',
        data: {
          title,
          summary: `ملخص: ${title}`,
          proposer: others[proposals.length]!.id,
          status: 'voting',
          round: round.id,
          estimatedBudget: { amount: 90000, currency: 'EUR' },
          estimatedDurationWeeks: 3,
        },
        user: asUser(adminOf),
        overrideAccess: false,
      }),
    )
  }
  return { round, proposals }
}

const vote = (who: Member, proposal: Proposal, choice: 'yes' | 'no') =>
  payload.create({
    collection: 'votes',
    data: { proposal: proposal.id, member: who.id, choice },
    user: asUser(who),
    overrideAccess: false,
  })

/** Time passes: the round's close is a minute behind us. */
const closeTimeComes = async (round: VotingRound) => {
  await db.query(`UPDATE voting_rounds SET closes_at = now() - interval '1 minute' WHERE id = $1`, [
    round.id,
  ])
  await db.query(
    `UPDATE proposals SET voting_closes_at = now() - interval '1 minute' WHERE round_id = $1`,
    [round.id],
  )
}

/** Waits for the CMS's schedules to move the round to `status`. */
const roundReaches = (round: VotingRound, status: string) =>
  eventually(async () => {
    const { rows } = await db.query<{ status: string; closes: Date }>(
      `SELECT status, closes_at AS closes FROM voting_rounds WHERE id = $1`,
      [round.id],
    )
    return rows[0]!.status === status ? rows[0]! : undefined
  }, `the round ${round.id} ${status}, by its scheduled close`)

/** The member on a 360 px phone with scripts off, signed in with their password. */
const memberOnPhone = async (
  who: Member = member,
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    javaScriptEnabled: false,
    locale: 'ar',
  })
  const page = await context.newPage()
  await page.goto(`${portal}/signin/`)
  await page.locator('#password-email').fill(who.email)
  await page.locator('#password').fill(DEMO_PASSWORD)
  await page.locator('#password').press('Enter')
  await page.waitForURL(`${portal}/me/`)
  return { context, page }
}

/** Payload's select and relationship pickers: opened, narrowed by typing, the exact option chosen. */
const choose = async (page: Page, field: string, option: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.keyboard.type(option)
  await page.getByRole('option', { name: option, exact: true }).first().click()
}

const mailTo = (email: string, subject: string) =>
  eventually(
    async () => readMailbox().find((mail) => mail.to.includes(email) && mail.subject === subject),
    `«${subject}» to ${email}`,
  )

describe('a voting round that closes itself', { timeout: 5 * 60_000 }, () => {
  it('shows a member the turnout and what the quorum still needs, then the outcome, by page and mail', async () => {
    const needed = 3
    const active = await activeMembers()
    const percent = percentFor(needed, active)
    const winnerTitle = `إنارة درج المدرسة ${stamp}`
    const { round, proposals } = await roundWith([winnerTitle, `مظلة الموقف ${stamp}`], percent)
    const [winner, other] = proposals as [Proposal, Proposal]
    const { context, page } = await memberOnPhone()

    await page.goto(`${portal}/proposals/${winner.id}/`)
    const before = turnoutOf({ eligible: active, voters: 0 }, percent / 100)
    await expect(page.locator('[data-turnout]').textContent()).resolves.toBe(
      `${r.turnout(before)} ${r.missing(before)}`,
    )
    expect(r.missing(before)).toBe('ينقص ٣ أعضاء ليكتمل النصاب.')
    await page.getByLabel('نعم').check()
    await page.getByRole('button', { name: 'صوّت' }).click()
    await page.waitForURL(/\?voted=1/)
    const afterMine = turnoutOf({ eligible: active, voters: 1 }, percent / 100)
    await expect(page.locator('[data-turnout]').textContent()).resolves.toBe(
      `${r.turnout(afterMine)} ${r.missing(afterMine)}`,
    )
    expect(r.missing(afterMine)).toBe('ينقص عضوان ليكتمل النصاب.')
    // My space says it too, beside the vote.
    await page.goto(`${portal}/me/`)
    await expect(
      page.locator(`[data-proposal-id="${winner.id}"] [data-turnout]`).textContent(),
    ).resolves.toContain(r.turnout(afterMine))

    // A member who voted by phone: an admin records it in the admin, marked as such.
    const admin = await signedInToAdmin(browser, cms, adminOf.email, { timezoneId: TIME_ZONE })
    await admin.goto(`${cms}/admin/collections/votes/create`)
    await choose(admin, 'proposal', winnerTitle)
    await choose(admin, 'member', others[0]!.name as string)
    await choose(admin, 'recordedChoice', 'نعم')
    await choose(admin, 'recordedHow', 'بالهاتف')
    const answered = admin.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        new URL(response.url()).pathname.startsWith('/api/votes'),
    )
    await admin.getByRole('button', { name: 'حفظ' }).click()
    expect((await answered).ok()).toBe(true)
    await admin.context().close()
    const { rows: recordedRows } = await db.query(
      `SELECT recorded_by_id AS "by", recorded_how AS how FROM votes WHERE member_id = $1 AND proposal_id = $2`,
      [others[0]!.id, winner.id],
    )
    expect(recordedRows).toEqual([{ by: adminOf.id, how: 'phone' }])
    const told = await mailTo(others[0]!.email, r.recordedSubject(winnerTitle))
    expect(told.text).toContain('سجّلت الإدارة صوتك «نعم»')
    // Their ballot says so, and stays theirs to change.
    const theirs = await memberOnPhone(others[0]!)
    await theirs.page.goto(`${portal}/proposals/${winner.id}/`)
    await expect(theirs.page.locator('[data-recorded-how="phone"]').textContent()).resolves.toBe(
      r.recordedNote('بالهاتف'),
    )
    await theirs.context.close()
    await vote(others[1]!, other, 'no')
    const since = Date.now()
    await closeTimeComes(round)
    await roundReaches(round, 'decided')

    await page.goto(`${portal}/proposals/${winner.id}/`)
    const outcome = page.locator('[data-round-outcome="decided"]')
    await expect(outcome.textContent()).resolves.toContain(r.outcome('decided', winnerTitle, ''))
    const recorded = turnoutOf({ eligible: active, voters: 3 }, percent / 100)
    await expect(outcome.textContent()).resolves.toContain(r.turnout(recorded))
    await expect(outcome.textContent()).resolves.toContain('اكتمل النصاب.')
    await context.close()

    const mail = await mailTo(member.email, r.subject('decided', winnerTitle))
    expect(mail.receivedAt).toBeGreaterThanOrEqual(since - 1000)
    expect(mail.text).toContain(r.turnout(recorded))
    expect(mail.text).toContain(`${portal}/proposals/${winner.id}/`)
  })

  it('extends a round that missed its quorum once, tells the members, and lets them vote on', async () => {
    const { round, proposals } = await roundWith([`سقاية الحديقة ${stamp}`])
    const [proposal] = proposals as [Proposal]
    await vote(others[0]!, proposal, 'yes')
    await closeTimeComes(round)
    const extended = await roundReaches(round, 'extended')
    const until = formatDateTime(extended.closes.toISOString(), 'ar', TIME_ZONE)

    const mail = await mailTo(member.email, r.subject('extended', ''))
    expect(mail.text).toContain(r.outcome('extended', '', until))

    const { context, page } = await memberOnPhone()
    await page.goto(`${portal}/proposals/${proposal.id}/`)
    // The page names the zone of the time it gives («… (توقيت سوريا)»).
    const notice = await page.locator('[data-round-status="extended"]').textContent()
    expect(notice).toContain('مُدّدت الجولة مرة واحدة حتى')
    expect(notice).toContain(until)
    await page.getByLabel('نعم').check()
    await page.getByRole('button', { name: 'صوّت' }).click()
    await page.waitForURL(/\?voted=1/)
    await context.close()

    // Missed again after the extension: the round closes with no project chosen.
    await closeTimeComes(round)
    await roundReaches(round, 'no-quorum')
    const { rows } = await db.query(`SELECT status FROM proposals WHERE id = $1`, [proposal.id])
    expect(rows[0]).toEqual({ status: 'not-selected' })
  })

  it('leaves a tie to the management, who decide it in the admin with a reason members read', async () => {
    const active = await activeMembers()
    const percent = percentFor(2, active)
    const [first, second] = [`رفوف المكتبة ${stamp}`, `ملعب الأطفال ${stamp}`]
    const { round, proposals } = await roundWith([first, second], percent)
    await vote(others[0]!, proposals[0]!, 'yes')
    await vote(others[1]!, proposals[1]!, 'yes')
    await closeTimeComes(round)
    await roundReaches(round, 'tied')

    const page = await signedInToAdmin(browser, cms, adminOf.email, { timezoneId: TIME_ZONE })
    // The admin's home says a tie waits, and leads to it.
    await page.locator('[data-waiting="ties"] a').click()
    await page.waitForURL(/\/admin\/collections\/voting-rounds\?/)
    await page.locator(`a[href$="/admin/collections/voting-rounds/${round.id}"]`).first().click()
    await page.getByText('تعادل: تقرر الإدارة').first().waitFor()
    // The results rank the tied pair level: one yes each.
    for (const proposal of proposals) {
      await expect(
        page.locator(`[data-result-for="${proposal.id}"] td`).nth(2).textContent(),
      ).resolves.toBe('١')
    }
    // The winner's picker offers the tied proposals, and nothing else.
    await page.locator('#field-winner .rs__control').click()
    await page.getByRole('option', { name: first, exact: true }).waitFor()
    await expect(page.getByRole('option').allTextContents()).resolves.toEqual(
      expect.arrayContaining([first, second]),
    )
    await expect(page.getByRole('option').count()).resolves.toBe(2)
    await page.getByRole('option', { name: second, exact: true }).click()
    await page.locator('#field-decisionReason').fill('أقرب')
    await page.getByRole('button', { name: 'حفظ' }).click()
    await page
      .getByText(/قاعدة التعادل: اكتب سبب اختيار الإدارة/)
      .first()
      .waitFor()
    const reason = 'الملعب يخدم الحيّين معاً، والبلدية تتكفل بأرضه.'
    await page.locator('#field-decisionReason').fill(reason)
    const answered = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        new URL(response.url()).pathname.startsWith('/api/voting-rounds/'),
    )
    await page.getByRole('button', { name: 'حفظ' }).click()
    expect((await answered).ok()).toBe(true)
    await page.getByText('تم التحديث بنجاح').first().waitFor()
    await page.context().close()

    const { rows } = await db.query(
      `SELECT p.status, v.status AS round, v.decided_by_id AS "decidedBy"
         FROM proposals p JOIN voting_rounds v ON v.id = p.round_id WHERE p.id = $1`,
      [proposals[1]!.id],
    )
    expect(rows[0]).toEqual({ status: 'selected', round: 'decided', decidedBy: adminOf.id })

    const { context, page: phone } = await memberOnPhone()
    await phone.goto(`${portal}/proposals/${proposals[0]!.id}/`)
    await expect(phone.locator('[data-decision-reason]').textContent()).resolves.toBe(
      r.reason(reason),
    )
    await context.close()
    const mail = await mailTo(member.email, r.subject('decided', second))
    expect(mail.text).toContain(r.reason(reason))
  })
})
