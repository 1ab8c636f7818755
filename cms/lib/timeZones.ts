import { FELLOWSHIP_TIME_ZONES } from '@fazaa/shared/domain/timeZone'

/** The zones a meeting is set in: the town's, and where the fellowship lives. */
export const SUPPORTED_TIME_ZONES = FELLOWSHIP_TIME_ZONES.map((zone) => ({
  label: zone,
  value: zone,
}))
