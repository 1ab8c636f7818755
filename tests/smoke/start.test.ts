import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { TZDate } from '@date-fns/tz'
import { afterAll, describe, expect, it } from 'vitest'

import { monthAfter } from '@fazaa/shared/rules/meetingCalendar'
import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { signInToPortal } from '../helpers/portalSession'

import { launchChromium } from '../helpers/browser'
import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { startProduct, type RunningProduct } from '../helpers/productProcess'

const isListening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-smoke-'))
fs.chmodSync(dataDir, 0o777)
let product: RunningProduct | undefined
afterAll(async () => {
  // Whatever happened, leave no server or database behind.
  await product?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}, 90_000)

/** The next 29 February, half an hour before midnight in the town: its month's last day. */
const nextLeapDayEvening = () => {
  let year = new Date().getUTCFullYear() + 1
  while (new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1) year += 1
  return new Date(new TZDate(year, 1, 29, 23, 30, DEFAULT_TIME_ZONE).getTime())
}

/**
 * The README's promise, end to end: `npm start` on a fresh data folder starts the embedded
 * PostgreSQL, migrates, loads the demo, builds and serves the admin and the portal, and Ctrl-C
 * stops everything, PostgreSQL included. Nothing is configured but the date (FAZAA_NOW, another
 * day than today): the demo lives on whatever day a newcomer starts it. (The browser tests start
 * it with today's date.)
 */
describe('npm start', () => {
  it('serves the admin and a living demo portal on another date, and stops cleanly on Ctrl-C', async () => {
    const at = nextLeapDayEvening()
    const month = `${at.getUTCFullYear()}-02`
    product = await startProduct({ dataDir, env: { FAZAA_NOW: at.toISOString() } })
    const running = product
    expect(running.output()).toMatch(/salma-al-hakim@fazaa\.example \/ \S+/)
    // The CMS says that it runs the schedules (the digest, reminders, committees' ends).
    expect(running.output()).toContain('Job schedules running in this process')
    const { cmsUrl, portalUrl } = running
    const portOf = (url: string) => Number(new URL(url).port)

    const home = await fetch(`${portalUrl}/en/`)
    expect(home.status).toBe(200)
    const homePage = await home.text()
    expect(homePage).toContain('Winter heating for the al-Mashhad school')
    // That date's campaign, half an hour before its month ends in the town.
    expect(homePage).toContain(`/en/campaigns/${month}-`)
    expect(homePage).toMatch(/\b1 days? left/)
    const coming = (await (
      await fetch(
        `${cmsUrl}/api/meetings?where[kind][equals]=big-sunday&where[status][equals]=planned`,
      )
    ).json()) as { docs: { month: string; startsAt: string }[] }
    expect(coming.docs.map((meeting) => meeting.month)).toEqual([monthAfter(month)])
    expect(new Date(coming.docs[0]!.startsAt) > at).toBe(true)
    // A member signs in (sessions keep the machine's clock) and finds the vote open, closing ten
    // days (less the seconds since the seed) from that date, not from the machine's.
    const cookie = await signInToPortal(portalUrl, 'samer-younes@fazaa.example')
    const space = await (await fetch(`${portalUrl}/en/me/`, { headers: { cookie } })).text()
    expect(space.match(/data-proposal-id=/g)?.length).toBe(3)
    expect(space).toMatch(/Closes in (9|10) days/)
    const admin = await fetch(`${cmsUrl}/admin/login`)
    expect(admin.status).toBe(200)
    // The admin is never framed by another site (docs/security.md).
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(admin.headers.get('x-content-type-options')).toBe('nosniff')
    expect(admin.headers.get('x-frame-options')).toBe('DENY')
    const api = await fetch(`${cmsUrl}/api/campaigns?where[status][equals]=fundraising`)
    expect(((await api.json()) as { totalDocs: number }).totalDocs).toBe(1)

    // The treasurer's view in the real admin panel: a closed campaign's financial summary adds up
    // and matches the campaign's raised total; the CSV of its money downloads.
    const closed = (await (
      await fetch(`${cmsUrl}/api/campaigns?where[status][equals]=closed&limit=1`)
    ).json()) as { docs: { id: number; raised: number }[] }
    const campaign = closed.docs[0]!
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(`${cmsUrl}/admin/login`)
      await page.fill('#field-email', 'mariam-ali@fazaa.example')
      await page.fill('#field-password', DEMO_PASSWORD)
      await page.click('button[type=submit]')
      await page.waitForURL('**/admin')
      await page.goto(`${cmsUrl}/admin/collections/campaigns/${campaign.id}`)
      const summary = page.locator('.fazaa-money-summary')
      await summary.waitFor({ timeout: 60_000 })
      const figure = async (name: string) =>
        Number(await summary.locator(`[data-figure="${name}"]`).getAttribute('data-amount'))
      const [raised, transferred, fees, spent, balance] = await Promise.all(
        ['raised', 'transferred', 'fees', 'spent', 'balance'].map(figure),
      )
      expect(raised).toBe(campaign.raised)
      expect(transferred).toBeGreaterThan(0)
      expect(raised! - fees! - spent!).toBe(balance)
      // As the treasurer gets it: a click on the summary's link, a file download.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        summary.getByRole('link', { name: /CSV/ }).click(),
      ])
      const csv = fs.readFileSync((await download.path())!, 'utf8')
      expect(csv.split('\r\n').filter((line) => line.startsWith('transfer,'))).toHaveLength(1)
    } finally {
      await browser.close()
    }
    // Card giving is off by default: the webhook says so instead of believing anything.
    const webhook = await fetch(`${cmsUrl}/api/stripe/webhook`, {
      method: 'POST',
      body: '{}',
    })
    expect(webhook.status).toBe(503)

    // npm re-raises the Ctrl-C it was sent; our start script itself exits 0.
    expect(['0', 'SIGINT']).toContain(await running.stop())
    // No orphans: PostgreSQL removes its pid file when it stops, and the servers stop listening.
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid')
    for (let i = 0; i < 100 && fs.existsSync(pidFile); i++)
      await new Promise((r) => setTimeout(r, 200))
    expect(fs.existsSync(pidFile)).toBe(false)
    for (const url of [cmsUrl, portalUrl, running.databaseUrl]) {
      expect(await isListening(portOf(url))).toBe(false)
    }
  })
})
