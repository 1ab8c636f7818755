import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'

/**
 * An admin signed in to the Payload admin on a laptop-sized window, in a browser that asks for
 * the given language (and, if given, lives in the given time zone), through the login form.
 */
export const signedInToAdmin = async (
  browser: Browser,
  cms: string,
  email: string,
  { locale = 'ar', timezoneId }: { locale?: 'ar' | 'en'; timezoneId?: string } = {},
): Promise<Page> => {
  const context = await browser.newContext({
    locale,
    ...(timezoneId ? { timezoneId } : {}),
    viewport: { width: 1280, height: 900 },
  })
  const page = await context.newPage()
  await page.goto(`${cms}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL('**/admin')
  return page
}
