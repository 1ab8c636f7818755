import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'

/** The zones a meeting is set in: the town's, and where the fellowship lives. */
export const SUPPORTED_TIME_ZONES = [
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
].map((zone) => ({ label: zone, value: zone }))
