import type { CollectionAfterChangeHook } from 'payload'

import { nextSundayAfter } from '@fazaa/shared/rules/meetingCalendar'
import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { idOf } from '../../../access/roles'
import type { Committee } from '../../../payload-types'

/** How long after a committee ends its open report-back meeting is pencilled in. */
const REPORT_BACK_DELAY_DAYS = 7

/**
 * Rule 7's aftermath, whenever a committee becomes completed (by the scheduled job or an admin):
 * its members become veterans, and an open meeting is planned for it to report back to everyone.
 */
export const dissolveCompletedCommittee: CollectionAfterChangeHook<Committee> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status !== 'completed' || previousDoc?.status === 'completed') return doc
  const memberIds = (doc.members ?? []).map(idOf).filter((id) => id != null)
  if (memberIds.length > 0) {
    await req.payload.update({
      collection: 'members',
      where: { id: { in: memberIds } },
      data: { veteran: true },
      req,
      context: { fazaaSystem: true },
    })
  }
  const existing = await req.payload.count({
    collection: 'meetings',
    where: { kind: { equals: 'open' }, committee: { equals: doc.id } },
    req,
  })
  if (existing.totalDocs === 0) {
    const startsAt = nextSundayAfter(doc.endDate, REPORT_BACK_DELAY_DAYS, DEFAULT_TIME_ZONE, 18)
    // The committee's name in each language, whichever language this request was made in.
    const nameIn = async (locale: 'ar' | 'en') =>
      (
        await req.payload.findByID({
          collection: 'committees',
          id: doc.id,
          locale,
          depth: 0,
          select: { name: true },
          req,
        })
      ).name
    const meeting = await req.payload.create({
      collection: 'meetings',
      locale: 'ar',
      data: {
        kind: 'open',
        title: `لقاء مفتوح: تقرير ${await nameIn('ar')}`,
        startsAt: startsAt.toISOString(),
        startsAt_tz: DEFAULT_TIME_ZONE,
        committee: doc.id,
        visibility: 'members',
        status: 'planned',
      },
      req,
      context: { fazaaSystem: true },
    })
    await req.payload.update({
      collection: 'meetings',
      id: meeting.id,
      locale: 'en',
      data: { title: `Open meeting: ${await nameIn('en')} reports back` },
      req,
      context: { fazaaSystem: true },
    })
  }
  return doc
}
