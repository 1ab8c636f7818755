import fs from 'node:fs'
import path from 'node:path'

import { DEMO_PASSWORD } from '../cms/seed/seedDemoData'
import { launchChromium } from '../tests/helpers/browser'
import { ROOT } from './lib/environment'

/**
 * `npm run screenshots` with the portal running (`npm start`): the main pages at phone and
 * desktop widths, in both languages, and the admin's main screens in Arabic, into
 * docs/screenshots/ for the README.
 */
const portal = process.env.PORTAL_URL ?? 'http://localhost:4321'
const cms = process.env.CMS_URL ?? 'http://localhost:3000'
const out = path.join(ROOT, 'docs', 'screenshots')
fs.mkdirSync(out, { recursive: true })

const pages = [
  { name: 'home', path: '/' },
  { name: 'campaign', path: null as string | null },
  { name: 'transparency', path: '/transparency/' },
  { name: 'join', path: '/join/' },
]
const widths = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } }

const browser = await launchChromium()
try {
  const probe = await browser.newPage()
  await probe.goto(`${portal}/`)
  pages[1]!.path = new URL(
    (await probe.getAttribute('article[data-campaign-id] h2 a', 'href'))!,
    portal,
  ).pathname
  await probe.close()
  for (const [device, viewport] of Object.entries(widths)) {
    for (const locale of ['ar', 'en'] as const) {
      const page = await browser.newPage({ viewport })
      for (const { name, path: pagePath } of pages) {
        await page.goto(`${portal}${locale === 'en' ? '/en' : ''}${pagePath}`)
        const file = path.join(out, `${name}-${locale}-${device}.png`)
        await page.screenshot({ path: file, fullPage: device === 'phone' })
        console.log(path.relative(ROOT, file))
      }
      await page.close()
    }
  }
  // The members' area on a phone, signed in as the demo's committee lead.
  const member = await browser.newContext({ viewport: widths.phone })
  await member.request.post(`${portal}/signin/`, {
    form: { intent: 'password', email: 'joud-al-rifai@fazaa.example', password: DEMO_PASSWORD },
    headers: { origin: portal },
    maxRedirects: 0,
  })
  const page = await member.newPage()
  for (const locale of ['ar', 'en'] as const) {
    for (const [name, pagePath] of [
      ['me', '/me/'],
      ['proposals', '/proposals/'],
      ['committees', '/committees/'],
    ] as const) {
      await page.goto(`${portal}${locale === 'en' ? '/en' : ''}${pagePath}`)
      const file = path.join(out, `${name}-${locale}-phone.png`)
      await page.screenshot({ path: file, fullPage: true })
      console.log(path.relative(ROOT, file))
    }
  }
  await member.close()

  // The admin's home and three of their screens, in Arabic, as the demo's admin.
  const admin = await browser.newContext({ locale: 'ar', viewport: widths.desktop })
  const adminPage = await admin.newPage()
  await adminPage.goto(`${cms}/admin/login`)
  await adminPage.fill('#field-email', 'salma-al-hakim@fazaa.example')
  await adminPage.fill('#field-password', DEMO_PASSWORD)
  await adminPage.click('button[type=submit]')
  await adminPage.waitForURL('**/admin')
  const firstOf = async (collection: string, query = '') => {
    const response = await admin.request.get(`${cms}/api/${collection}?limit=1&depth=0${query}`)
    return ((await response.json()) as { docs: { id: number }[] }).docs[0]?.id
  }
  const campaignId = await firstOf('campaigns', '&where[status][equals]=fundraising')
  const meetingId = await firstOf(
    'meetings',
    '&where[kind][equals]=big-sunday&where[status][equals]=planned&sort=startsAt',
  )
  for (const [name, adminPath] of [
    ['admin-home', '/admin'],
    ['admin-campaign', `/admin/collections/campaigns/${campaignId}`],
    ['admin-meeting', `/admin/collections/meetings/${meetingId}`],
    ['admin-donations', '/admin/collections/donations'],
  ] as const) {
    await adminPage.goto(`${cms}${adminPath}`)
    await adminPage.waitForLoadState('networkidle')
    const file = path.join(out, `${name}-ar.png`)
    await adminPage.screenshot({ path: file })
    console.log(path.relative(ROOT, file))
  }
  await admin.close()
} finally {
  await browser.close()
}
