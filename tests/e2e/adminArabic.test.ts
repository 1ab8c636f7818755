import pg from 'pg'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { formatAdminDate } from '@fazaa/shared/i18n/locales'
import { seriousViolations } from '../helpers/axeAudit'
import { signedInToAdmin } from '../helpers/adminSession'
import { launchChromium } from '../helpers/browser'
import { eventually } from '../helpers/eventually'
import { asUser, createMember, ruleError } from '../helpers/fixtures'
import { PAYLOAD_CHROME } from '../helpers/payloadChrome'
import { sidewaysScroll } from '../helpers/sidewaysScroll'
import { testPayload } from '../helpers/payload'

/** The admin panel in Arabic, as an Arabic-speaking admin's browser asks for it. */
const cms = inject('cmsUrl')
const portal = inject('portalUrl')
let browser: Browser
let email: string
let payload: Payload
let db: pg.Client

beforeAll(async () => {
  browser = await launchChromium()
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  // An admin of its own: other tests change the demo admins' passwords.
  payload = await testPayload('admin-arabic')
  email = `admin-arabic-${Date.now()}@example.org`
  await payload.create({
    collection: 'members',
    data: { email, password: DEMO_PASSWORD, name: 'مدير', role: 'admin', status: 'active' },
  })
})

afterAll(async () => {
  await browser?.close()
  await db?.end()
})

/** The admin signed in from an Arabic browser on a laptop. */
const signedIn = (): Promise<Page> => signedInToAdmin(browser, cms, email)

/** A campaign month no other test uses: six years ahead of the clock. */
const freeMonth = () => {
  const at = new Date()
  return `${at.getUTCFullYear() + 6}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`
}

describe('the admin in Arabic', () => {
  it('shows every main screen of the admin within the window, dates day first, nothing of ours serious for axe', async () => {
    const page = await signedIn()
    const campaign = (
      await db.query<{ id: number }>(`SELECT id FROM campaigns ORDER BY id LIMIT 1`)
    ).rows[0]!.id
    const meeting = (
      await db.query<{ id: number }>(`SELECT id FROM meetings WHERE kind = 'big-sunday' LIMIT 1`)
    ).rows[0]!.id
    const screens = [
      '/admin',
      ...[
        'campaigns',
        'proposals',
        'committees',
        'expenses',
        'donations',
        'meetings',
        'members',
      ].flatMap((collection) => [
        `/admin/collections/${collection}`,
        `/admin/collections/${collection}/create`,
      ]),
      `/admin/collections/campaigns/${campaign}`,
      `/admin/collections/meetings/${meeting}`,
    ]
    const found: string[] = []
    for (const screen of screens) {
      await page.goto(`${cms}${screen}`)
      await page.locator('.template-default, .template-minimal').first().waitFor()
      await page.waitForLoadState('networkidle')
      const { overflow } = await sidewaysScroll(page)
      if (overflow > 0) found.push(`${screen}: ${overflow} px sideways`)
      found.push(...(await seriousViolations(page, screen, undefined, PAYLOAD_CHROME)))
    }
    expect(found).toEqual([])
    // The meeting's date picker writes the day before the month, on a 24-hour clock.
    const starts = await page.locator('#field-startsAt input').first().inputValue()
    expect(starts).toMatch(/^\d{1,2} \p{Script=Arabic}+ \d{4} \d{2}:\d{2}$/u)
    // The picker's Arabic is date-fns' («ديسمبر», Latin digits); under it, the date is written
    // as members will read it: Levantine months, Arabic digits, in the meeting's time zone.
    const stored = (
      await db.query<{ starts: Date; zone: string }>(
        `SELECT starts_at AS starts, startsat_tz AS zone FROM meetings WHERE id = $1`,
        [meeting],
      )
    ).rows[0]!
    const written = formatAdminDate(stored.starts.toISOString(), 'ar', {
      withTime: true,
      timeZone: stored.zone,
      namedZone: true,
    })
    expect(written).toMatch(/^[٠-٩]+ \p{Script=Arabic}+( \p{Script=Arabic}+)? [٠-٩]{4}/u)
    await expect(page.locator('.fazaa-date-written').first().textContent()).resolves.toBe(written)
    // And so does the meetings' list, row by row.
    await page.goto(`${cms}/admin/collections/meetings`)
    const cells = await page.locator('td.cell-startsAt').allTextContents()
    const meetings = await db.query<{ starts: Date; zone: string }>(
      `SELECT starts_at AS starts, startsat_tz AS zone FROM meetings`,
    )
    const expected = meetings.rows.map(({ starts, zone }) =>
      formatAdminDate(starts.toISOString(), 'ar', { withTime: true, timeZone: zone }),
    )
    expect(cells.length).toBeGreaterThan(0)
    for (const cell of cells) expect(expected).toContain(cell.trim())
    expect(cells.join(' ')).not.toMatch(/[0-9]/)
    // A campaign's month is said, not coded: «كانون الأول ٢٠٢٦», not "2026-12".
    await page.goto(`${cms}/admin/collections/campaigns`)
    const months = await page.locator('td.cell-month').allTextContents()
    expect(months.length).toBeGreaterThan(0)
    for (const month of months)
      expect(month).toMatch(/^\p{Script=Arabic}+( \p{Script=Arabic}+)? [٠-٩]{4}$/u)
    // The columns a list offers are named in Arabic, Payload's own fields too.
    for (const collection of ['meetings', 'media']) {
      await page.goto(`${cms}/admin/collections/${collection}`)
      await page.locator('.list-controls__toggle-columns').click()
      const offered = await page.locator('.pill-selector').textContent()
      expect(offered).not.toMatch(/_tz|Thumbnail|MIME|URL/)
    }
    await page.context().close()
  })

  it('says yes and no in a list, not «صحيح / كاذب», and «إنشاء جديد»', async () => {
    const page = await signedIn()
    // The members' list shows the veteran mark, a yes/no column.
    await page.goto(`${cms}/admin/collections/members`)
    const table = page.locator('table')
    await table.waitFor()
    const cells = await table.locator('td').allTextContents()
    expect(cells.some((text) => text.trim() === 'نعم' || text.trim() === 'لا')).toBe(true)
    expect(cells.some((text) => /كاذب|صحيح/.test(text))).toBe(false)
    await expect(page.getByText('إنشاء جديد').count()).resolves.toBeGreaterThan(0)
    await expect(page.getByText('أنشاء جديد').count()).resolves.toBe(0)
    await page.context().close()
  })

  it('takes an amount as it is said («٢٣٠٠» for €2,300), shows what it reads, and refuses what is not an amount', async () => {
    const campaign = await payload.create({
      collection: 'campaigns',
      locale: 'ar',
      data: {
        title: 'حملة لتجربة المبالغ',
        month: freeMonth(),
        status: 'draft',
        goal: { amount: 100000, currency: 'EUR' },
      },
    })
    const goalOf = async () =>
      (
        await db.query<{ amount: number }>(
          'SELECT goal_amount::int AS amount FROM campaigns WHERE id = $1',
          [campaign.id],
        )
      ).rows[0]!.amount
    const page = await signedIn()
    await page.goto(`${cms}/admin/collections/campaigns/${campaign.id}`)
    const amount = page.locator('#field-goal__amount')
    // Stored as 100000 cents, read and written as a thousand.
    await expect(amount.inputValue()).resolves.toBe('1000')
    await expect(page.getByText('(بالسنت)').count()).resolves.toBe(0)
    // The campaign's total, computed by the CMS, is read as money too.
    await expect(page.locator('#field-raised').textContent()).resolves.toMatch(/٠.*€/)
    await amount.fill('٢٣٠٠')
    const preview = page.locator('#field-goal__amount-preview')
    await expect(preview.textContent()).resolves.toMatch(/٢٬?٣٠٠.*€/)
    await page.getByRole('button', { name: 'حفظ' }).click()
    await page.getByText('تم التحديث بنجاح').first().waitFor()
    expect(await goalOf()).toBe(230000)
    // An edit screen with rich text (the story, the report) stays within the screen in RTL:
    // Lexical parks its hidden toolbars 10,000 px to the left, which RTL makes scrollable.
    await expect(sidewaysScroll(page)).resolves.toEqual({ overflow: 0, culprits: [] })

    // Words in the amount: said at once under the field, then refused by the money rule.
    await amount.fill('2300 يورو')
    await expect(preview.textContent()).resolves.toContain('المبلغ أرقام فقط')
    await page.getByRole('button', { name: 'حفظ' }).click()
    await page.getByText('الحقل التالي غير صالح: الهدف → المبلغ').waitFor()
    expect(await goalOf()).toBe(230000)

    // A list shows money, not cents: a €150 cash gift reads «١٥٠ €».
    await payload.create({
      collection: 'donations',
      data: {
        campaign: campaign.id,
        amount: 15000,
        currency: 'EUR',
        method: 'cash',
        status: 'succeeded',
      },
    })
    await page.goto(`${cms}/admin/collections/donations?where[campaign][equals]=${campaign.id}`)
    const cell = page.locator('td.cell-amount').first()
    await cell.waitFor()
    const text = (await cell.textContent()) ?? ''
    expect(text).toMatch(/١٥٠/)
    expect(text).toContain('€')
    expect(text).not.toMatch(/15000|١٥٠٠٠/)
    await page.context().close()
  })

  it('opens on what needs the admin now, each line a link to the list where it is done', async () => {
    const applicant = await createMember(payload, { name: 'طالب انتساب', status: 'applicant' })
    const { count: applicants } = (
      await db.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM members WHERE status = 'applicant'`,
      )
    ).rows[0]!
    const page = await signedIn()
    const home = page.locator('.fazaa-home')
    await home.waitFor()
    await expect(home.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'ما ينتظرك الآن',
    )
    // The count in the reader's digits, the same number the database holds.
    const line = home.locator('[data-waiting="applications"] a')
    const digits = new Intl.NumberFormat('ar-SY').format(applicants)
    await expect(line.textContent()).resolves.toBe(`طلبات انتساب تنتظر القبول: ${digits}`)
    // The next Big Sunday Meeting and the open votes are named, with their dates in Arabic.
    await expect(home.textContent()).resolves.toMatch(/لقاء الأحد الكبير القادم/)
    await expect(home.textContent()).resolves.not.toMatch(/\d{4}-\d{2}-\d{2}T/)
    await expect(sidewaysScroll(page)).resolves.toEqual({ overflow: 0, culprits: [] })
    // Ours, not Payload's chrome (its locale picker has three serious findings of its own).
    await expect(seriousViolations(page, 'the admin home', '.fazaa-home')).resolves.toEqual([])

    // The line leads to the members waiting, the new applicant among them.
    await line.click()
    await page.waitForURL(/\/admin\/collections\/members\?/)
    await page.locator('table').waitFor()
    await expect(page.locator('table').textContent()).resolves.toContain(applicant.email)
    await expect(page.locator('table').textContent()).resolves.not.toContain('فعّال')
    await page.context().close()
  })

  it('offers a proposal only its next stages, and a refused jump names the step between', async () => {
    const proposer = await createMember(payload, { status: 'active' })
    const proposal = await payload.create({
      collection: 'proposals',
      data: {
        title: `رفوف المكتبة ${Date.now()}`,
        summary: 'رفوف لمكتبة المدرسة',
        status: 'submitted',
        estimatedBudget: { amount: 50000, currency: 'EUR' },
        estimatedDurationWeeks: 4,
      },
      user: asUser(proposer),
      overrideAccess: false,
    })
    const page = await signedIn()
    await page.goto(`${cms}/admin/collections/proposals/${proposal.id}`)
    await page.locator('#field-status .rs__control').click()
    const offered = (await page.getByRole('option').allTextContents()).map((text) => text.trim())
    // Submitted goes to the discussion, back to draft, or is withdrawn; never straight to the vote.
    expect(offered.sort()).toEqual(['قيد النقاش مع الإدارة', 'مسحوب', 'مسودة', 'مقدّم'].sort())
    await page.keyboard.press('Escape')

    // A jump sent past the screen is refused with the stage to go through first.
    const admin = (
      await payload.find({ collection: 'members', where: { email: { equals: email } } })
    ).docs[0]!
    const jump = await ruleError(
      payload.update({
        collection: 'proposals',
        id: proposal.id,
        data: { status: 'voting' },
        user: asUser(admin),
        overrideAccess: false,
        locale: 'ar',
      }),
    )
    expect(jump.data?.rule).toBe('proposal-transition')
    expect(jump.message).toContain('انقله أولاً إلى «قيد النقاش مع الإدارة»')
    await expect(
      db.query(`SELECT status FROM proposals WHERE id = $1`, [proposal.id]),
    ).resolves.toMatchObject({ rows: [{ status: 'submitted' }] })
    await page.context().close()
  })

  it('shows a proposal written in English as not yet translated, and saves no English as Arabic', async () => {
    const proposer = await createMember(payload, { status: 'active', locale: 'en' })
    const title = `A reading club ${Date.now()}`
    const proposal = await payload.create({
      collection: 'proposals',
      locale: 'en',
      data: {
        title,
        summary: 'Books and a weekly hour for the children',
        status: 'submitted',
        estimatedBudget: { amount: 30000, currency: 'EUR' },
        estimatedDurationWeeks: 3,
      },
      user: asUser(proposer),
      overrideAccess: false,
    })
    const page = await signedIn()
    // The list shows a dash for the title not written in Arabic, not «‹لا العنوان>».
    await page.goto(`${cms}/admin/collections/proposals?where[id][equals]=${proposal.id}`)
    await expect(page.locator('td.cell-title').first().textContent()).resolves.toBe('—')
    // The Arabic screen shows, under the empty title, what was written in English.
    await page.goto(`${cms}/admin/collections/proposals/${proposal.id}`)
    const written = page.locator('[data-untranslated="en"]').first()
    await written.waitFor()
    await expect(written.textContent()).resolves.toContain(`بالإنجليزية: ${title}`)
    await expect(written.textContent()).resolves.toContain('لم يُترجم إلى هذه اللغة بعد')
    // Moved on from the Arabic screen: saved, and the Arabic title is still not written.
    await page.locator('#field-status .rs__control').click()
    await page.getByRole('option', { name: 'قيد النقاش مع الإدارة', exact: true }).click()
    await page.getByRole('button', { name: 'حفظ' }).click()
    await page.getByText('تم التحديث بنجاح').first().waitFor()
    await eventually(
      async () =>
        (
          await db.query<{ status: string }>(`SELECT status FROM proposals WHERE id = $1`, [
            proposal.id,
          ])
        ).rows[0]?.status === 'in-discussion' || undefined,
      'the proposal in discussion',
    )
    const texts = await db.query<{ locale: string; title: string | null }>(
      `SELECT _locale::text AS locale, title FROM proposals_locales WHERE _parent_id = $1 ORDER BY _locale`,
      [proposal.id],
    )
    expect(texts.rows.filter((row) => row.title)).toEqual([{ locale: 'en', title }])
    await page.context().close()
  })

  it('shows under a committee’s member picker each person’s status, past service, sectors and other committee', async () => {
    const atWork = (
      await db.query<{ id: number; name: string }>(
        `SELECT c.id, l.name FROM committees c
         JOIN committees_locales l ON l._parent_id = c.id AND l._locale = 'ar'
         WHERE c.status = 'active' ORDER BY c.id LIMIT 1`,
      )
    ).rows[0]!
    const seated = (
      await db.query<{ id: number }>(
        `SELECT m.id FROM committees_rels r JOIN members m ON m.id = r.members_id
         WHERE r.parent_id = $1 AND r.path = 'members' AND m.status = 'active' AND m.veteran
         ORDER BY m.id LIMIT 1`,
        [atWork.id],
      )
    ).rows[0]!
    const newcomer = await createMember(payload, { sectors: ['health', 'education'] })
    const committee = await payload.create({
      collection: 'committees',
      locale: 'ar',
      data: {
        name: `مجموعة عصف ذهني ${Date.now()}`,
        kind: 'brainstorm',
        status: 'forming',
        lead: seated.id,
        members: [seated.id, newcomer.id],
        startDate: new Date().toISOString(),
        endDate: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      },
    })
    const page = await signedIn()
    await page.goto(`${cms}/admin/collections/committees/${committee.id}`)
    const line = (id: number) => page.locator(`[data-chosen-member="${id}"]`)
    await line(seated.id).waitFor()
    const seatedLine = await line(seated.id).textContent()
    expect(seatedLine).toContain('فعّال')
    expect(seatedLine).toContain('خدم في لجنة سابقة')
    expect(seatedLine).toContain(`في لجنة أخرى قيد العمل: ${atWork.name}`)
    const newcomerLine = await line(newcomer.id).textContent()
    expect(newcomerLine).toContain('لم يخدم في لجنة بعد')
    expect(newcomerLine).toMatch(/الصحة.*التعليم/)
    expect(newcomerLine).not.toContain('في لجنة أخرى')
    await expect(sidewaysScroll(page)).resolves.toMatchObject({ overflow: 0 })
    await page.context().close()
  })

  it('records a cash gift with what a treasurer types, and shows the name only when the donor agreed', async () => {
    const {
      id: campaignId,
      slug,
      title,
    } = (
      await db.query<{ id: number; slug: string; title: string }>(
        `SELECT c.id, c.slug, l.title FROM campaigns c
         JOIN campaigns_locales l ON l._parent_id = c.id AND l._locale = 'ar'
         WHERE c.status = 'fundraising' LIMIT 1`,
      )
    ).rows[0]!
    const donor = `سامر الخطيب ${Date.now()}`
    const page = await signedIn()
    await page.goto(`${cms}/admin/collections/donations/create`)
    // The form of an offline gift: none of Stripe's fields.
    await page.locator('#field-amount').waitFor()
    await expect(page.getByText(/^Stripe: /).count()).resolves.toBe(0)
    await page.locator('#field-campaign .rs__control').click()
    await page.getByRole('option', { name: title }).click()
    await page.locator('#field-amount').fill('١٥٠')
    await page.locator('#field-donorName').fill(donor)
    await expect(page.locator('#field-anonymous').isChecked()).resolves.toBe(false)
    await page.getByRole('button', { name: 'حفظ' }).click()
    await page.waitForURL(/\/admin\/collections\/donations\/\d+/)
    // Said so that it agrees with any collection's name, not «تبرع تم إنشاؤها».
    await page.getByText('تم إنشاء تبرع بنجاح.').first().waitFor()
    const gift = async () =>
      (
        await db.query<{ id: number; amount: number; anonymous: boolean }>(
          `SELECT id, amount::int AS amount, anonymous FROM donations
           WHERE campaign_id = $1 AND donor_name = $2`,
          [campaignId, donor],
        )
      ).rows[0]!
    expect(await gift()).toMatchObject({ amount: 15000, anonymous: true })
    const publicNames = async () => {
      const response = await fetch(`${portal}/campaigns/${slug}/`)
      return response.text()
    }
    expect(await publicNames()).not.toContain(donor)

    // The donor agrees: the treasurer ticks it, and the campaign page names them.
    await page.locator('#field-anonymous').check()
    await page.getByRole('button', { name: 'حفظ' }).click()
    await page.getByText('تم التحديث بنجاح').first().waitFor()
    expect(await gift()).toMatchObject({ anonymous: false })
    await eventually(
      async () => ((await publicNames()).includes(donor) ? true : undefined),
      'the donor named on the campaign page',
    )
    await page.context().close()
  })
})
