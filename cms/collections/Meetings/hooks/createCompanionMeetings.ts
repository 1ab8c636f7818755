import type { CollectionAfterChangeHook } from 'payload'

import { companionMeetingDates } from '@fazaa/shared/rules/meetingCalendar'
import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { formatMonth } from '@fazaa/shared/i18n/locales'
import type { Meeting } from '../../../payload-types'

const COMPANIONS = {
  prep: { ar: 'اجتماع التحضير', en: 'Prep meeting' },
  finishing: { ar: 'اجتماع التشطيب', en: 'Finishing meeting' },
} as const

/**
 * Rule 8's companions: creating a month's Big Sunday Meeting creates the management's prep
 * meeting (the Sunday nearest mid-month) and finishing meeting (the month's last Sunday), each
 * titled with the month as its reader says it («اجتماع التحضير (كانون الأول ٢٠٢٦)»).
 */
export const createCompanionMeetings: CollectionAfterChangeHook<Meeting> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.kind !== 'big-sunday') return doc
  const timeZone = doc.startsAt_tz || DEFAULT_TIME_ZONE
  const dates = companionMeetingDates(doc.startsAt, timeZone)
  // enforceMeetingRules set the month from the start, in the meeting's zone.
  const month = doc.month ?? doc.startsAt.slice(0, 7)
  for (const kind of ['prep', 'finishing'] as const) {
    const companion = await req.payload.create({
      collection: 'meetings',
      locale: 'ar',
      data: {
        kind,
        title: `${COMPANIONS[kind].ar} (${formatMonth(month, 'ar')})`,
        startsAt: dates[kind].toISOString(),
        startsAt_tz: timeZone,
        durationMinutes: 60,
        status: 'planned',
        visibility: 'members',
        bigSunday: doc.id,
      },
      req,
    })
    await req.payload.update({
      collection: 'meetings',
      id: companion.id,
      locale: 'en',
      data: { title: `${COMPANIONS[kind].en} (${formatMonth(month, 'en')})` },
      req,
    })
  }
  return doc
}
