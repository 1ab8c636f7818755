import { TZDate } from '@date-fns/tz'

import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import * as clock from '@fazaa/shared/clock'

/** Whole days until the end of a campaign's month (YYYY-MM) in the town's time zone. */
export const daysLeftInMonth = (month: string, now = clock.now()): number => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number]
  const end = new TZDate(year, monthNumber, 1, 0, 0, DEFAULT_TIME_ZONE)
  return Math.max(0, Math.ceil((end.getTime() - now.getTime()) / 86_400_000))
}
