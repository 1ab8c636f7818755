import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { launchChromium } from '../helpers/browser'
import { testPayload } from '../helpers/payload'

/** The admin panel in Arabic, as an Arabic-speaking admin's browser asks for it. */
const cms = inject('cmsUrl')
let browser: Browser
let email: string

beforeAll(async () => {
  browser = await launchChromium()
  // An admin of its own: other tests change the demo admins' passwords.
  const payload = await testPayload('admin-arabic')
  email = `admin-arabic-${Date.now()}@example.org`
  await payload.create({
    collection: 'members',
    data: { email, password: DEMO_PASSWORD, name: 'مدير', role: 'admin', status: 'active' },
  })
})

afterAll(async () => {
  await browser?.close()
})

describe('the admin in Arabic', () => {
  it('says yes and no in a list, not «صحيح / كاذب», and «إنشاء جديد»', async () => {
    const context = await browser.newContext({
      locale: 'ar',
      viewport: { width: 1280, height: 900 },
    })
    const page = await context.newPage()
    await page.goto(`${cms}/admin/login`)
    await page.fill('#field-email', email)
    await page.fill('#field-password', DEMO_PASSWORD)
    await page.click('button[type=submit]')
    await page.waitForURL('**/admin')
    // The members' list shows the veteran mark, a yes/no column.
    await page.goto(`${cms}/admin/collections/members`)
    const table = page.locator('table')
    await table.waitFor()
    const cells = await table.locator('td').allTextContents()
    expect(cells.some((text) => text.trim() === 'نعم' || text.trim() === 'لا')).toBe(true)
    expect(cells.some((text) => /كاذب|صحيح/.test(text))).toBe(false)
    await expect(page.getByText('إنشاء جديد').count()).resolves.toBeGreaterThan(0)
    await expect(page.getByText('أنشاء جديد').count()).resolves.toBe(0)
    await context.close()
  })
})
