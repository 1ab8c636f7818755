import { afterEach, describe, expect, it, vi } from 'vitest'

import { now, pinnedClock, setClock } from '@fazaa/shared/clock'

afterEach(() => {
  setClock(null)
  vi.unstubAllEnvs()
  vi.resetModules()
})

const MINUTE = 60_000

describe('the fellowship’s clock', () => {
  it('is the machine’s clock unless set', () => {
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(MINUTE)
  })

  it('can be set to any instant, and runs on from there', async () => {
    setClock('2028-02-29T21:30:00Z')
    const first = now().getTime()
    expect(Math.abs(first - Date.parse('2028-02-29T21:30:00Z'))).toBeLessThan(MINUTE)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(now().getTime()).toBeGreaterThan(first)
    setClock(null)
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(MINUTE)
  })

  it('starts where FAZAA_NOW says, read when first asked', async () => {
    vi.stubEnv('FAZAA_NOW', '2031-12-31T20:59:00Z')
    const clock = await import('@fazaa/shared/clock')
    expect(Math.abs(clock.now().getTime() - Date.parse('2031-12-31T20:59:00Z'))).toBeLessThan(
      MINUTE,
    )
  })

  it('is the same in every process the start script starts, however late they start', async () => {
    // Pinned an hour ago: a process reading it now is an hour further on, not at the instant.
    const pinned = pinnedClock('2031-06-01T12:00:00Z').replace(
      /@\d+$/,
      `@${Date.now() - 3_600_000}`,
    )
    vi.stubEnv('FAZAA_NOW', pinned)
    const clock = await import('@fazaa/shared/clock')
    expect(Math.abs(clock.now().getTime() - Date.parse('2031-06-01T13:00:00Z'))).toBeLessThan(
      MINUTE,
    )
    expect(pinnedClock(pinned)).toBe(pinned)
  })

  it('refuses a FAZAA_NOW that is not a date, saying what it wants', async () => {
    vi.stubEnv('FAZAA_NOW', 'next tuesday')
    const clock = await import('@fazaa/shared/clock')
    expect(() => clock.now()).toThrow(/FAZAA_NOW must be an ISO date and time .*"next tuesday"/)
    expect(() => pinnedClock('soon')).toThrow(/FAZAA_NOW must be an ISO date/)
  })
})
