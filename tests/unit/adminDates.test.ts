import { describe, expect, it } from 'vitest'

import { formatAdminDate } from '@fazaa/shared/i18n/locales'

describe("the admin's dates", () => {
  it('writes a time in Arabic with the Levant’s months and Arabic digits, in the zone given', () => {
    const written = formatAdminDate('2026-12-04T16:00:00.000Z', 'ar', {
      withTime: true,
      timeZone: 'Asia/Damascus',
    })
    expect(written).toContain('كانون الأول')
    expect(written).toMatch(/^٤ /)
    expect(written).toContain('١٩:٠٠')
    expect(written).not.toMatch(/[0-9]|ديسمبر/)
  })

  it('writes a day-only date as stored, whatever the zone', () => {
    // Day-only dates are stored at noon UTC; Damascus or Los Angeles must not move the day.
    for (const timeZone of ['Asia/Damascus', 'America/Los_Angeles']) {
      expect(formatAdminDate('2026-12-31T12:00:00.000Z', 'en', { withTime: false, timeZone })).toBe(
        '31 December 2026',
      )
    }
  })

  it('writes English day first, on a 24-hour clock', () => {
    const written = formatAdminDate('2026-12-04T16:00:00.000Z', 'en', {
      withTime: true,
      timeZone: 'Europe/Berlin',
    })
    expect(written).toMatch(/^4 December 2026\D+17:00$/)
  })
})
