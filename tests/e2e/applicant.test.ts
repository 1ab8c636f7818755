import pg from 'pg'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { launchChromium } from '../helpers/browser'
import { createMember } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

/**
 * Someone who applied and is not admitted yet, signed in, on a phone, in Arabic: what they read
 * is true. Votes are open (they cannot vote yet), proposals exist (only members read them), a
 * member's link says "members only", and no form they may not send is offered.
 */
const portal = inject('portalUrl')
let browser: Browser
let db: pg.Client
let email: string

const count = async (sql: string) => (await db.query<{ count: number }>(sql)).rows[0]!.count

beforeAll(async () => {
  browser = await launchChromium()
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  const payload = await testPayload('applicant')
  const applicant = await createMember(payload, {
    name: 'رنا المصري',
    status: 'applicant',
    password: DEMO_PASSWORD,
  })
  email = applicant.email
})

afterAll(async () => {
  await browser?.close()
  await db?.end()
})

const signedInApplicant = async (): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'ar' })
  const page = await context.newPage()
  await page.goto(`${portal}/en/signin/`)
  await page.locator('#password-email').fill(email)
  await page.locator('#password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in with password' }).click()
  await page.waitForURL(`${portal}/en/me/`)
  return page
}

const digits = (n: number) => new Intl.NumberFormat('ar-SY').format(n)

describe('an applicant, before admission', () => {
  it('reads how many votes, proposals and people there are, not "none", and is offered no form', async () => {
    const openVotes = await count(
      `SELECT count(*)::int AS count FROM proposals WHERE status = 'voting' AND voting_closes_at > now()`,
    )
    const proposals = await count(
      `SELECT count(*)::int AS count FROM proposals WHERE status NOT IN ('draft', 'withdrawn')`,
    )
    expect(openVotes).toBeGreaterThan(0)
    const page = await signedInApplicant()

    await page.goto(`${portal}/me/`)
    const votes = await page.locator('#open-votes + p').textContent()
    expect(votes).toContain('تصوّت حين تُقبل عضويتك')
    expect(votes).toContain(
      openVotes === 1 ? 'تصويت واحد' : openVotes === 2 ? 'تصويتان' : digits(openVotes),
    )
    expect(votes).not.toContain('لا تصويت مفتوحاً')

    await page.goto(`${portal}/proposals/`)
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain('تراها حين تُقبل عضويتك')
    expect(main).toContain(digits(proposals))
    expect(main).not.toContain('كن أول من يقترح')
    await expect(page.locator('main form').count()).resolves.toBe(0)

    // The proposal form too: said why, with the way to the proposals instead of a form that fails.
    await page.goto(`${portal}/proposals/new/`)
    await expect(page.locator('main form').count()).resolves.toBe(0)
    await expect(page.getByRole('alert').first().textContent()).resolves.toBeTruthy()
    await expect(
      page.getByRole('link', { name: 'اقرأ المقترحات المطروحة وتابع التصويت' }).count(),
    ).resolves.toBe(1)

    await page.goto(`${portal}/directory/`)
    await expect(page.locator('main form').count()).resolves.toBe(0)
    // As many as a member would see listed there, not every member.
    const listed = (
      await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM members WHERE status = 'active' AND privacy_show_in_directory`,
      )
    ).rows[0]!.n
    const bank = (await page.locator('main').textContent()) ?? ''
    expect(bank).toContain('يراه الأعضاء وحدهم')
    expect(bank).toContain(`في بنك الخبرات ${digits(listed)}`)
    await page.context().close()
  })

  it('following a proposal link is told "members only" (403), not "page not found", and sees no ballot', async () => {
    const { id } = (
      await db.query<{ id: number }>(`SELECT id FROM proposals WHERE status = 'voting' LIMIT 1`)
    ).rows[0]!
    const page = await signedInApplicant()
    const response = await page.goto(`${portal}/proposals/${id}/`)
    expect(response?.status()).toBe(403)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('للأعضاء فقط')
    await expect(page.locator('main form').count()).resolves.toBe(0)
    await page.context().close()
  })
})
