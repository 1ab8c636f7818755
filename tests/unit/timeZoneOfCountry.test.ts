import { describe, expect, it } from 'vitest'

import { DEFAULT_TIME_ZONE, timeZoneOfCountry } from '@fazaa/shared/domain/timeZone'

describe("a new member's time zone, from their country", () => {
  it("is the country's own, the fellowship's where a country has several, else the town's", () => {
    expect(timeZoneOfCountry('SE')).toBe('Europe/Stockholm')
    expect(timeZoneOfCountry('DE')).toBe('Europe/Berlin')
    expect(timeZoneOfCountry('US')).toBe('America/New_York')
    expect(timeZoneOfCountry('CA')).toBe('America/Toronto')
    expect(timeZoneOfCountry('SY')).toBe(DEFAULT_TIME_ZONE)
    // A country with several zones, none of them the fellowship's: the town's, not a guess.
    expect(timeZoneOfCountry('RU')).toBe(DEFAULT_TIME_ZONE)
    for (const unknown of [null, undefined, '', 'not a country']) {
      expect(timeZoneOfCountry(unknown)).toBe(DEFAULT_TIME_ZONE)
    }
  })
})
