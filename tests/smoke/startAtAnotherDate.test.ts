import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { TZDate } from '@date-fns/tz'
import { afterAll, describe, expect, it } from 'vitest'

import { DEFAULT_TIME_ZONE, monthAfter } from '../../shared/rules/meetingCalendar'
import { signInToPortal } from '../helpers/portalSession'
import { startProduct, type RunningProduct } from '../helpers/productProcess'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-smoke-date-'))
fs.chmodSync(dataDir, 0o777)
let product: RunningProduct | undefined
afterAll(async () => {
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
 * `npm start` on a fresh data folder at another date (FAZAA_NOW) gives a living demo there: the
 * campaign of that month raising money, a vote open, the next meeting coming, members signing
 * in. The dates of a demo are never fixed; this is what a newcomer sees on any day.
 */
describe('npm start at another date', () => {
  it('gives a living demo for the date it runs at', async () => {
    const at = nextLeapDayEvening()
    const month = `${at.getUTCFullYear()}-02`
    product = await startProduct({ dataDir, env: { FAZAA_NOW: at.toISOString() } })
    const { cmsUrl, portalUrl } = product
    const api = async <T>(query: string) =>
      (await (await fetch(`${cmsUrl}/api/${query}`)).json()) as { docs: T[] }

    const raising = await api<{ month: string; slug: string }>(
      'campaigns?where[status][equals]=fundraising',
    )
    expect(raising.docs.map((campaign) => campaign.month)).toEqual([month])
    const home = await (await fetch(`${portalUrl}/en/`)).text()
    expect(home).toContain(`/en/campaigns/${raising.docs[0]!.slug}/`)
    // Half an hour before the month ends in the town.
    expect(home).toMatch(/\b1 days? left/)

    const coming = await api<{ month: string; startsAt: string }>(
      'meetings?where[kind][equals]=big-sunday&where[status][equals]=planned',
    )
    expect(coming.docs.map((meeting) => meeting.month)).toEqual([monthAfter(month)])
    expect(new Date(coming.docs[0]!.startsAt) > at).toBe(true)

    // A member signs in (sessions keep the machine's clock) and finds the vote open.
    const cookie = await signInToPortal(portalUrl, 'samer-younes@fazaa.example')
    const space = await (await fetch(`${portalUrl}/en/me/`, { headers: { cookie } })).text()
    expect(space.match(/data-proposal-id=/g)?.length).toBe(3)
    // Ten days (less the seconds since the seed) from the clock's now, not the machine's.
    expect(space).toMatch(/Closes in (9|10) days/)
  })
})
