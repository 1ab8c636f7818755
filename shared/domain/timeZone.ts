/**
 * The town's own zone: the default for meetings when an admin picks none, and the zone rule
 * messages write dates and times in (a rule is the same for every reader).
 */
export const DEFAULT_TIME_ZONE = 'Asia/Damascus'

/** Where the fellowship lives, the town first: the zones offered before every other one. */
export const FELLOWSHIP_TIME_ZONES = [
  DEFAULT_TIME_ZONE,
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/London',
  'Europe/Stockholm',
  'Europe/Amsterdam',
  'Europe/Istanbul',
  'Asia/Beirut',
  'Asia/Dubai',
  'America/New_York',
  'America/Toronto',
  'America/Los_Angeles',
  'UTC',
] as const

/**
 * A new member's zone from the country they live in: the fellowship's zone there when the country
 * has several (the United States: New York), the country's own when it has one (Sweden:
 * Stockholm), else the town's. Read from the runtime's time zone data (`Intl.Locale`).
 */
export const timeZoneOfCountry = (country: string | null | undefined): string => {
  if (!country) return DEFAULT_TIME_ZONE
  let zones: string[] = []
  try {
    const region = new Intl.Locale(`und-${country}`) as Intl.Locale & {
      getTimeZones?: () => string[] | undefined
    }
    zones = region.getTimeZones?.() ?? []
  } catch {
    return DEFAULT_TIME_ZONE
  }
  const known = FELLOWSHIP_TIME_ZONES.find((zone) => zones.includes(zone))
  return known ?? (zones.length === 1 ? zones[0]! : DEFAULT_TIME_ZONE)
}
