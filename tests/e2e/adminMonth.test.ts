import pg from 'pg'
import sharp from 'sharp'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { CONTENT_CHANNEL, encodeChange } from '@fazaa/shared/contentChanges'
import { formatAdminDate, intlLocale } from '@fazaa/shared/i18n/locales'
import { counted, MEMBERS, MEMBERS_SUBJECT } from '@fazaa/shared/i18n/countedNoun'
import { DEFAULT_LIMITS } from '@fazaa/shared/rules/limits'
import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { seriousViolations } from '../helpers/axeAudit'
import { signedInToAdmin } from '../helpers/adminSession'
import { launchChromium } from '../helpers/browser'
import { eventually } from '../helpers/eventually'
import { asUser, createMember } from '../helpers/fixtures'
import { fromAddress } from '../helpers/fromAddress'
import { readMailbox } from '../helpers/mailbox'
import { PAYLOAD_CHROME } from '../helpers/payloadChrome'
import { testPayload } from '../helpers/payload'
import { sidewaysScroll } from '../helpers/sidewaysScroll'

/**
 * The admin's month, done alone in the Arabic admin as `npm start` serves it: admit an applicant,
 * take a proposal through discussion and the vote, open the month's campaign, form its flying
 * committee, approve its lead's expense as the second admin, book a cash gift in euros, hold the
 * Big Sunday Meeting and let the digest go. Every step is clicked in Chromium at 1280 px; every
 * screen is checked for sideways scrolling and for axe's serious findings in what is ours. Only the
 * passing of time is written to the database (a vote's close, the Sunday coming).
 */
const cms = inject('cmsUrl')
const portal = inject('portalUrl')
const TIME_ZONE = 'Asia/Damascus'
let browser: Browser
let db: pg.Client
let payload: Payload
/** What this test moved of the demo, put back afterwards for the tests that share it. */
const restore: (() => Promise<unknown>)[] = []

beforeAll(async () => {
  browser = await launchChromium()
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  payload = await testPayload('admin-month')
})

afterAll(async () => {
  for (const undo of restore.reverse()) await undo()
  // Written past the CMS's hooks, so the portal's page cache is told here, as the hooks tell it.
  await db?.query(`SELECT pg_notify($1, $2)`, [
    CONTENT_CHANNEL,
    encodeChange(['campaigns', 'committees']),
  ])
  await browser?.close()
  await db?.end()
})

const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
  (await db.query<T>(text, values)).rows[0]!

/** An admin of the test's own, in Arabic. */
const anAdmin = async (slug: string, name: string) => {
  const email = `${slug}-${Date.now()}@example.org`
  const member = await payload.create({
    collection: 'members',
    locale: 'ar',
    data: { email, password: DEMO_PASSWORD, name, role: 'admin', status: 'active', locale: 'ar' },
  })
  return { email, member }
}

/** Signed in to the admin from an Arabic browser on a laptop in Syria's time zone. */
const signedIn = (email: string): Promise<Page> =>
  signedInToAdmin(browser, cms, email, { timezoneId: TIME_ZONE })

/** Each screen of the month: nothing scrolls sideways, nothing of ours is serious for axe. */
const found: string[] = []
const looked = async (page: Page, screen: string) => {
  await page.waitForLoadState('networkidle')
  const { overflow, culprits } = await sidewaysScroll(page)
  if (overflow > 0) found.push(`${screen}: ${overflow} px sideways (${JSON.stringify(culprits)})`)
  found.push(...(await seriousViolations(page, screen, undefined, PAYLOAD_CHROME)))
}

/**
 * Saves and waits for the CMS's answer to this save (a toast of an earlier save may still be on
 * the screen), then for the words that say it was saved.
 */
const save = async (page: Page, said: string | RegExp = 'تم التحديث بنجاح') => {
  const answered = page.waitForResponse(
    (response) =>
      ['PATCH', 'POST'].includes(response.request().method()) &&
      new URL(response.url()).pathname.startsWith('/api/'),
  )
  await page.getByRole('button', { name: 'حفظ' }).click()
  const response = await answered
  expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true)
  await page.getByText(said).first().waitFor()
}

/**
 * Payload's select and relationship pickers: opened, the words typed to narrow the list (a
 * relationship loads its first page only), then the option that says exactly them chosen.
 */
const choose = async (page: Page, field: string, option: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.keyboard.type(option)
  await page.getByRole('option', { name: option, exact: true }).first().click()
}

/**
 * A moment typed into Payload's date picker as its Arabic spells it (date-fns' months, Latin
 * digits: «8 ديسمبر 2026 18:00»), in the browser's time zone.
 */
const pickerText = (at: Date, withTime: boolean) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      day: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  const month = new Intl.DateTimeFormat('ar-EG', { month: 'long', timeZone: TIME_ZONE }).format(at)
  const day = `${parts.day} ${month} ${parts.year}`
  return withTime ? `${day} ${parts.hour}:${parts.minute}` : day
}

const typeDate = async (page: Page, field: string, at: Date, withTime: boolean) => {
  const input = page.locator(`#field-${field} input`).first()
  await input.fill(pickerText(at, withTime))
  await input.press('Escape')
  await page.locator('body').click({ position: { x: 5, y: 5 } })
}

/** A campaign month no other test uses: seven years ahead of the clock. */
const freeMonth = () => {
  const at = new Date()
  return `${at.getUTCFullYear() + 7}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`
}

const MONTH_MS = 10 * 60_000

describe("the admin's month, alone, in Arabic", { timeout: MONTH_MS }, () => {
  it('admits, runs the vote, opens the campaign, forms its committee, books the money and holds the meeting', async () => {
    const stamp = Date.now()
    const treasurer = await anAdmin('treasurer', `أمينة الصندوق ${stamp}`)
    const secondAdmin = await anAdmin('second-admin', `مدير ثان ${stamp}`)

    // An applicant applies on the Arabic portal.
    const applicantEmail = `applicant-month-${stamp}@example.org`
    const applied = await fetch(`${portal}/join/`, {
      method: 'POST',
      headers: { origin: portal, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        name: 'رامي الأحمد',
        email: applicantEmail,
        country: 'DE',
        sectors: 'education',
        why: 'أدرّس الرياضيات',
      }),
      redirect: 'manual',
      // @ts-expect-error undici's option, which Node's fetch takes
      dispatcher: fromAddress('127.0.0.61'),
    })
    expect(applied.status).toBe(303)
    const applicant = await one<{ id: number }>(`SELECT id FROM members WHERE email = $1`, [
      applicantEmail,
    ])

    // A member's proposal, sent from the portal in Arabic, waits for the management.
    const proposer = await createMember(payload, {
      name: `سعاد ${stamp}`,
      email: `proposer-month-${stamp}@example.org`,
      password: DEMO_PASSWORD,
      locale: 'ar',
    })
    const title = `مقاعد لساحة المدرسة ${stamp}`
    const proposal = await payload.create({
      collection: 'proposals',
      locale: 'ar',
      data: {
        title,
        summary: 'عشرة مقاعد خشبية لساحة المدرسة الابتدائية',
        status: 'submitted',
        estimatedBudget: { amount: 230000, currency: 'EUR' },
        estimatedDurationWeeks: 4,
      },
      user: asUser(proposer),
      overrideAccess: false,
    })

    const page = await signedIn(treasurer.email)

    // 1. The home says what waits; the applications line leads to the applicant, admitted at once.
    await page.locator('.fazaa-home').waitFor()
    await looked(page, 'the admin home')
    await page.locator('[data-waiting="applications"] a').click()
    await page.waitForURL(/\/admin\/collections\/members\?/)
    await page.getByRole('link', { name: 'رامي الأحمد' }).first().click()
    await page.getByRole('button', { name: 'قبول الانتساب' }).waitFor()
    await looked(page, "an applicant's screen")
    await page.getByRole('button', { name: 'قبول الانتساب' }).click()
    await page.getByText('تم التحديث بنجاح').first().waitFor()
    await expect(one(`SELECT status FROM members WHERE id = $1`, [applicant.id])).resolves.toEqual({
      status: 'active',
    })
    const welcome = await eventually(
      async () =>
        readMailbox().find(
          (mail) => mail.to.includes(applicantEmail) && mail.subject.startsWith('أهلاً بك'),
        ),
      'the welcome mail, in Arabic',
    )
    expect(welcome.text).toContain('رامي الأحمد')

    // 2. The proposal is discussed; a voting round is planned, its window typed in the pickers
    //    and its quorum set before it opens; the proposal goes to that round's vote.
    await page.goto(`${cms}/admin`)
    await page.locator('[data-waiting="proposals"] a').click()
    await page.waitForURL(/\/admin\/collections\/proposals\?/)
    await page.getByRole('link', { name: title }).click()
    await page.locator('#field-status .rs__control').waitFor()
    await looked(page, 'a submitted proposal')
    await choose(page, 'status', 'قيد النقاش مع الإدارة')
    await save(page)
    const opens = new Date(Math.floor(Date.now() / 60_000) * 60_000)
    const closes = new Date(opens.getTime() + 3 * 86_400_000)
    await page.goto(`${cms}/admin/collections/voting-rounds/create`)
    await page.locator('#field-quorumPercent').waitFor()
    await typeDate(page, 'opensAt', opens, true)
    await typeDate(page, 'closesAt', closes, true)
    // What was typed, written as members will read it, before saving.
    await expect(page.locator('.fazaa-date-written').allTextContents()).resolves.toContain(
      formatAdminDate(closes.toISOString(), 'ar', {
        withTime: true,
        timeZone: TIME_ZONE,
        namedZone: true,
      }),
    )
    await page.locator('#field-quorumPercent').fill('5')
    await looked(page, 'a new voting round')
    await save(page, /تم إنشاء .* بنجاح/)
    const round = await one<{ id: number; name: string }>(
      `SELECT r.id, l.name FROM voting_rounds r
         JOIN voting_rounds_locales l ON l._parent_id = r.id AND l._locale = 'ar'
        WHERE r.closes_at = $1 AND r.quorum_percent = 5`,
      [closes],
    )
    // Nobody named it: it is called after its close.
    expect(round.name).toBe(
      `جولة تُغلق ${formatAdminDate(closes.toISOString(), 'ar', { withTime: true, timeZone: TIME_ZONE })}`,
    )
    await page.goto(`${cms}/admin/collections/proposals/${proposal.id}`)
    await page.locator('#field-status .rs__control').waitFor()
    await choose(page, 'status', 'في التصويت')
    await choose(page, 'round', round.name)
    await save(page)
    await expect(
      one<{ status: string; closes: Date; round: number }>(
        `SELECT status, voting_closes_at AS closes, round_id AS round FROM proposals WHERE id = $1`,
        [proposal.id],
      ),
    ).resolves.toEqual({ status: 'voting', closes, round: round.id })
    await looked(page, 'a proposal in the vote')

    // Out of the vote only its round decides: the status offers no decision to pick by hand.
    await page.reload()
    await page.locator('#field-status .rs__control').click()
    await expect(page.getByRole('option').allTextContents()).resolves.toEqual(['في التصويت'])
    await page.keyboard.press('Escape')

    // Members vote (as members, through the CMS's rules): exactly the quorum the round asks.
    const { active } = await one<{ active: number }>(
      `SELECT count(*)::int AS active FROM members WHERE status = 'active'`,
    )
    const needed = Math.ceil((active * 5) / 100)
    const { docs: voters } = await payload.find({
      collection: 'members',
      where: { status: { equals: 'active' }, role: { equals: 'member' } },
      limit: needed,
      depth: 0,
    })
    for (const voter of voters) {
      await payload.create({
        collection: 'votes',
        data: { proposal: proposal.id, member: voter.id, choice: 'yes' },
        user: asUser(voter),
        overrideAccess: false,
      })
    }
    // The round closes (time passes); its job, on the running schedule, decides it.
    await db.query(
      `UPDATE voting_rounds SET closes_at = now() - interval '1 minute' WHERE id = $1`,
      [round.id],
    )
    await db.query(
      `UPDATE proposals SET voting_closes_at = now() - interval '1 minute' WHERE round_id = $1`,
      [round.id],
    )
    const decided = await eventually(async () => {
      const row = await one<{
        status: string
        campaign: number
        voters: number
        needed: number
        eligible: number
      }>(
        `SELECT status, campaign_id AS campaign, voters::int, needed::int, eligible::int
           FROM voting_rounds WHERE id = $1`,
        [round.id],
      )
      return row.status === 'decided' ? row : undefined
    }, 'the round decided by its close job')
    expect(decided).toMatchObject({ voters: needed, needed })
    await expect(one(`SELECT status FROM proposals WHERE id = $1`, [proposal.id])).resolves.toEqual(
      { status: 'selected' },
    )
    await page.goto(`${cms}/admin/collections/voting-rounds/${round.id}`)
    await page.getByText('محسومة').first().waitFor()
    // Its results: the turnout the close recorded, and the proposal's totals (never a ballot).
    const arabic = (n: number) => new Intl.NumberFormat(intlLocale('ar')).format(n)
    await expect(page.locator('.fazaa-round-results [data-turnout]').textContent()).resolves.toBe(
      `صوّت ${arabic(needed)} من أصل ${counted(decided.eligible, MEMBERS, 'ar')}، والنصاب ${arabic(needed)}. اكتمل النصاب.`,
    )
    await expect(
      page.locator(`[data-result-for="${proposal.id}"] td`).allTextContents(),
    ).resolves.toEqual([arabic(1), title, arabic(needed), arabic(0), arabic(0), arabic(needed)])
    await looked(page, 'a decided round')

    // 3. The month's campaign, drafted from the winner; the admin finishes it (its month, the
    //    goal typed as it is said); last month's moves on to its work.
    const month = freeMonth()
    const campaign = { id: decided.campaign }
    await page.goto(`${cms}/admin/collections/campaigns/${campaign.id}`)
    await expect(page.locator('#field-title').inputValue()).resolves.toBe(title)
    await expect(
      one(`SELECT status, goal_amount::int AS goal, lead_id AS lead FROM campaigns WHERE id = $1`, [
        campaign.id,
      ]),
    ).resolves.toEqual({ status: 'draft', goal: 230000, lead: proposer.id })
    await page.locator('#field-month').fill(month)
    await page.locator('#field-goal__amount').fill('٢٣٠٠')
    await looked(page, 'a campaign drafted from the vote')
    await save(page)
    await expect(
      one(`SELECT month, goal_amount::int AS goal FROM campaigns WHERE id = $1`, [campaign.id]),
    ).resolves.toEqual({ month, goal: 230000 })
    const fundraising = await one<{ id: number }>(
      `SELECT id FROM campaigns WHERE status = 'fundraising'`,
    )
    restore.push(() =>
      db.query(`UPDATE campaigns SET status = 'fundraising' WHERE id = $1`, [fundraising.id]),
    )
    restore.push(() =>
      db.query(`UPDATE campaigns SET status = 'reporting' WHERE id = $1`, [campaign.id]),
    )
    await page.goto(`${cms}/admin/collections/campaigns/${fundraising.id}`)
    await choose(page, 'status', 'قيد التنفيذ')
    await save(page)
    await page.goto(`${cms}/admin/collections/campaigns/${campaign.id}`)
    await choose(page, 'status', 'جمع التبرعات')
    await save(page)
    // Its public page says the members chose it, and how many voted.
    const { slug } = await one<{ slug: string }>(`SELECT slug FROM campaigns WHERE id = $1`, [
      campaign.id,
    ])
    const chosen = `اختاره الأعضاء بالتصويت: صوّت ${counted(needed, MEMBERS_SUBJECT, 'ar')}.`
    await eventually(async () => {
      const html = await (await fetch(`${portal}/campaigns/${slug}/`)).text()
      return html.includes(chosen) || undefined
    }, `the public page saying «${chosen}»`)
    // And every member heard the result.
    const result = await eventually(
      async () =>
        readMailbox().find(
          (mail) => mail.subject === `اختار الأعضاء مشروع الشهر القادم: «${title}»`,
        ),
      'the round result, by mail',
    )
    expect(result.text).toContain(`فاز «${title}»`)

    // 4. A cash gift of €150 from a donor who agreed to be named.
    const donor = `سامر الخطيب ${stamp}`
    await page.goto(`${cms}/admin/collections/donations/create`)
    await page.locator('#field-amount').waitFor()
    await choose(page, 'campaign', title)
    await page.locator('#field-amount').fill('١٥٠')
    await page.locator('#field-donorName').fill(donor)
    await page.locator('#field-anonymous').check()
    await looked(page, 'a cash gift')
    await save(page, 'تم إنشاء تبرع بنجاح.')
    await expect(
      one(`SELECT amount::int AS amount, anonymous FROM donations WHERE donor_name = $1`, [donor]),
    ).resolves.toEqual({ amount: 15000, anonymous: false })

    // 5. Its flying committee: the proposer leads it (not chosen twice), a veteran and a newcomer.
    const veteran = await createMember(payload, { name: `خبير ${stamp}`, veteran: true })
    const newcomer = await createMember(payload, { name: `جديد ${stamp}` })
    await page.goto(`${cms}/admin/collections/committees/create`)
    // The seat limit is shown before the first save, from the fellowship's rules.
    await expect(page.locator('#field-seatLimit').inputValue()).resolves.toBe(
      String(DEFAULT_LIMITS.flyingCommitteeMaxMembers),
    )
    await page.locator('#field-name').fill(`لجنة المقاعد ${stamp}`)
    await choose(page, 'lead', proposer.name as string)
    await choose(page, 'members', veteran.name as string)
    await choose(page, 'members', newcomer.name as string)
    const ends = new Date(Date.now() + 30 * 86_400_000)
    await typeDate(page, 'endDate', ends, false)
    await choose(page, 'campaign', title)
    await looked(page, 'a new committee')
    await save(page, /تم إنشاء .* بنجاح/)
    await page.waitForURL(/\/admin\/collections\/committees\/\d+/)
    const committee = await one<{ id: number; seated: number[] }>(
      `SELECT c.id, array_agg(r.members_id ORDER BY r.members_id) AS seated FROM committees c
       JOIN committees_rels r ON r.parent_id = c.id AND r.path = 'members'
       WHERE c.campaign_id = $1 GROUP BY c.id`,
      [campaign.id],
    )
    expect(committee.seated).toEqual([proposer.id, veteran.id, newcomer.id].sort((a, b) => a - b))
    restore.push(() =>
      db.query(`UPDATE committees SET status = 'completed' WHERE id = $1`, [committee.id]),
    )

    // The campaign raised what it needed and goes to work.
    await page.goto(`${cms}/admin/collections/campaigns/${campaign.id}`)
    await choose(page, 'status', 'قيد التنفيذ')
    await save(page)

    // 6. The lead submits an expense from the portal on a phone; the second admin approves it.
    const lead = await browser.newContext({ locale: 'ar', viewport: { width: 375, height: 740 } })
    const phone = await lead.newPage()
    await phone.goto(`${portal}/signin/`)
    await phone.locator('#password-email').fill(proposer.email)
    await phone.locator('#password').fill(DEMO_PASSWORD)
    await phone.locator('form:has(#password) button[type=submit]').click()
    await phone.waitForURL(`${portal}/me/`)
    await phone.goto(`${portal}/committees/${committee.id}/expenses/`)
    await phone.getByLabel('ما الذي دُفع ثمنه').fill('عشرة مقاعد خشبية')
    await phone.getByLabel(/^المبلغ/).fill('١٨٠٫٥٠')
    const receipt = await sharp({
      create: { width: 60, height: 90, channels: 3, background: '#f4f1ea' },
    })
      .jpeg()
      .toBuffer()
    await phone
      .getByLabel(/الإيصال/)
      .setInputFiles({ name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: receipt })
    await phone.getByRole('button', { name: 'تقديم مصروف' }).click()
    await phone.getByRole('status').waitFor()
    await lead.close()
    const expense = await one<{ id: number; amount: number }>(
      `SELECT id, amount::int AS amount FROM expenses WHERE campaign_id = $1`,
      [campaign.id],
    )
    expect(expense.amount).toBe(18050)

    const approver = await signedIn(secondAdmin.email)
    await approver.locator('[data-waiting="expenses"] a').click()
    await approver.waitForURL(/\/admin\/collections\/expenses\?/)
    await approver.goto(`${cms}/admin/collections/expenses/${expense.id}`)
    await approver.locator('#field-status .rs__control').waitFor()
    await looked(approver, 'an expense to approve')
    await choose(approver, 'status', 'موافق عليه')
    await save(approver)
    await expect(
      one(`SELECT status, approved_by_id AS by FROM expenses WHERE id = $1`, [expense.id]),
    ).resolves.toEqual({ status: 'approved', by: secondAdmin.member.id })
    await approver.context().close()

    // 7. The Big Sunday Meeting: once it took place, held with its summary; the digest goes.
    // The month's own meeting, on a Sunday of a month no other test uses (four years back): the
    // demo's next Big Sunday belongs to the tests of the meeting pages.
    const past = new Date()
    past.setUTCFullYear(past.getUTCFullYear() - 4, past.getUTCMonth(), 1)
    past.setUTCHours(14, 0, 0, 0)
    while (past.getUTCDay() !== 0) past.setUTCDate(past.getUTCDate() + 1)
    const meeting = await payload.create({
      collection: 'meetings',
      locale: 'ar',
      data: {
        title: `لقاء الأحد الكبير ${stamp}`,
        kind: 'big-sunday',
        status: 'planned',
        visibility: 'members',
        startsAt: past.toISOString(),
        startsAt_tz: TIME_ZONE,
      },
    })
    await page.goto(`${cms}/admin/collections/meetings/${meeting.id}`)
    await choose(page, 'status', 'انعقد')
    await page.locator('.fazaa-digest-audience').waitFor()
    await page.locator('[data-field-path="summary"] [contenteditable="true"]').click()
    await page.keyboard.type('اخترنا مشروع مقاعد ساحة المدرسة، وتشكّلت لجنته.')
    // Lexical hands its value to the form when the browser is next idle (up to 500 ms).
    await page.waitForTimeout(1_000)
    await looked(page, 'the meeting, held')
    await save(page)
    const digests = await eventually(
      async () =>
        readMailbox().filter((mail) =>
          (mail.headers.get('message-id') ?? '').startsWith(`<digest.${meeting.id}.`),
        ).length || undefined,
      'the digest at the SMTP peer',
    )
    expect(digests).toBeGreaterThan(0)
    await page.context().close()

    expect(found).toEqual([])
  })
})
