import { TZDate } from '@date-fns/tz'
import { addMonths } from 'date-fns'

import type { RuleLimits } from './limits'
import { DEFAULT_TIME_ZONE } from '../domain/timeZone'
import { fail, ok, type RuleResult } from './result'

/**
 * The latest end date a committee starting on `start` may have: the same time of day, two
 * calendar months later as the town's calendar counts them (not the calendar of whatever machine
 * runs the check: month arithmetic on a plain Date follows the machine's zone, and across a
 * daylight-saving change there the limit moved by an hour).
 */
export const latestCommitteeEnd = (start: Date, limits: RuleLimits): Date =>
  new Date(addMonths(new TZDate(start, DEFAULT_TIME_ZONE), limits.committeeMaxMonths).getTime())

/** Rule 2: every committee ends, after it starts, and within 2 calendar months of starting. */
export const checkCommitteeDuration = (
  { startDate, endDate }: { startDate?: Date | string | null; endDate?: Date | string | null },
  limits: RuleLimits,
): RuleResult => {
  if (!endDate) return fail('committee-end-required')
  const end = new Date(endDate)
  const start = startDate ? new Date(startDate) : null
  if (!start) return ok()
  if (end <= start) return fail('committee-end-before-start')
  const latest = latestCommitteeEnd(start, limits)
  if (end > latest) {
    return fail('committee-duration', {
      months: limits.committeeMaxMonths,
      latestEnd: latest.toISOString(),
    })
  }
  return ok()
}
