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
