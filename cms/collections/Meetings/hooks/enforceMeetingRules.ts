import type { CollectionBeforeChangeHook } from 'payload'

import { checkStartsOnSunday, monthInZone } from '@fazaa/shared/rules/meetingCalendar'
import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { fail } from '@fazaa/shared/rules/result'
import { assertRule } from '../../../lib/ruleError'
import type { Meeting } from '../../../payload-types'

const SUNDAY_KINDS: readonly Meeting['kind'][] = ['big-sunday', 'prep', 'finishing']

/**
 * Rule 8, the calendar: a meeting's month is that of its start in its own time zone; Sunday
 * meetings start on a Sunday there; one Big Sunday Meeting a month.
 */
export const enforceMeetingRules: CollectionBeforeChangeHook<Meeting> = async ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data } as Meeting
  const timeZone = merged.startsAt_tz || DEFAULT_TIME_ZONE
  data.startsAt_tz = timeZone
  data.month = monthInZone(merged.startsAt, timeZone)

  if (SUNDAY_KINDS.includes(merged.kind))
    assertRule(checkStartsOnSunday(merged.startsAt, timeZone), req)
  if (merged.kind !== 'big-sunday') return data

  const sameMonth = await req.payload.count({
    collection: 'meetings',
    where: {
      kind: { equals: 'big-sunday' },
      month: { equals: data.month },
      ...(originalDoc?.id != null ? { id: { not_equals: originalDoc.id } } : {}),
    },
    req,
  })
  if (sameMonth.totalDocs > 0) {
    assertRule(fail('meeting-big-sunday-month-taken', { month: data.month }), req)
  }
  return data
}
