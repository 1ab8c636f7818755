import pg from 'pg'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { seriousViolations } from '../helpers/axeAudit'
import { launchChromium } from '../helpers/browser'

const portal = inject('portalUrl')
let browser: Browser
let campaignSlug: string
let proposalId: number
let committeeId: number
let leadEmail: string

beforeAll(async () => {
  browser = await launchChromium()
  const db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  campaignSlug = (
    await db.query<{ slug: string }>(`SELECT slug FROM campaigns WHERE month LIKE '%-07' LIMIT 1`)
  ).rows[0]!.slug
  proposalId = (
    await db.query<{ id: number }>(`SELECT id FROM proposals WHERE status = 'voting' LIMIT 1`)
  ).rows[0]!.id
  // The committee at work and its lead, from the database: no other test file's committee needed.
  ;({ id: committeeId, email: leadEmail } = (
    await db.query<{ id: number; email: string }>(
      `SELECT c.id, m.email FROM committees c JOIN members m ON m.id = c.lead_id
       WHERE c.status = 'active' AND m.status = 'active' ORDER BY c.id LIMIT 1`,
    )
  ).rows[0]!)
  await db.end()
})

afterAll(() => browser?.close())

const PAGES = () => [
  '/',
  '/campaigns/',
  `/campaigns/${campaignSlug}/`,
  '/meetings/',
  '/guests/',
  '/transparency/',
  '/about/',
  '/join/',
  '/signin/',
  '/forgot/',
  '/no-such-page',
]

/** The members' area, seen by a committee lead (so the lead's lists are audited too). */
const MEMBER_PAGES = () => [
  '/me/',
  '/me/meetings/',
  '/me/profile/',
  '/proposals/',
  '/proposals/new/',
  `/proposals/${proposalId}/`,
  '/committees/',
  `/committees/${committeeId}/`,
  '/directory/',
]

/** Every serious or critical axe violation on these pages, one line each. */
const audit = async (page: Page, locale: string, paths: string[]): Promise<string[]> => {
  const found: string[] = []
  for (const path of paths) {
    await page.goto(`${portal}${locale === 'en' ? '/en' : ''}${path}`)
    found.push(...(await seriousViolations(page, path)))
  }
  return found
}

describe('the header on a 320 px phone', () => {
  it("keeps the member's links apart from the site's name, and offers a way past them first", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
    const signedIn = await context.request.post(`${portal}/signin/`, {
      form: { intent: 'password', email: leadEmail, password: DEMO_PASSWORD },
      headers: { origin: portal },
      maxRedirects: 0,
    })
    expect(signedIn.status()).toBe(303)
    const page = await context.newPage()
    await page.goto(`${portal}/me/`)
    const brand = (await page.locator('.brand').boundingBox())!
    const links = await page
      .locator('header nav a')
      .evaluateAll((anchors) => anchors.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))
    // No link shares the name's line closer than a few pixels («اللجانالفزعة» read as one word).
    for (const box of links) {
      const sameLine = box.top < brand.y + brand.height && box.bottom > brand.y
      const apart = box.right <= brand.x - 8 || box.left >= brand.x + brand.width + 8
      expect(!sameLine || apart, JSON.stringify({ box, brand })).toBe(true)
    }
    // The first Tab lands on "skip to the content", which leads to the page's main part.
    await page.keyboard.press('Tab')
    const first = page.locator(':focus')
    await expect(first.textContent()).resolves.toBe('انتقل إلى المحتوى')
    await expect(first.getAttribute('href')).resolves.toBe('#main')
    await expect(first.isVisible()).resolves.toBe(true)
    await context.close()
  })
})

describe('accessibility (axe-core in Chromium)', () => {
  for (const locale of ['ar', 'en']) {
    it(`finds no serious or critical violation on any public page in ${locale}`, async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 780 } })
      const found = await audit(page, locale, PAGES())
      await page.close()
      expect(found).toEqual([])
    })

    it(`finds none in the members' area in ${locale}`, async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 780 } })
      const signedIn = await context.request.post(`${portal}/signin/`, {
        form: { intent: 'password', email: leadEmail, password: DEMO_PASSWORD },
        headers: { origin: portal },
        maxRedirects: 0,
      })
      expect(signedIn.status()).toBe(303)
      const found = await audit(await context.newPage(), locale, MEMBER_PAGES())
      await context.close()
      expect(found).toEqual([])
    })
  }
})
