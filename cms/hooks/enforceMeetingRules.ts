import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { SEGMENT_KINDS } from '../../shared/domain/vocabulary'
import {
  checkBigSundayAgenda,
  DEFAULT_SEGMENT_MINUTES,
  SEGMENT_ORDER,
  suggestIntroductions,
} from '../../shared/rules/bigSundayAgenda'
import type { RuleLimits } from '../../shared/rules/limits'
import {
  checkStartsOnSunday,
  DEFAULT_TIME_ZONE,
  monthInZone,
} from '../../shared/rules/meetingCalendar'
import { fail } from '../../shared/rules/result'
import { idOf } from '../access/roles'
import { localeOfRequest } from '../lib/localeOfRequest'
import { assertRule } from '../lib/ruleError'
import type { Meeting } from '../payload-types'

const SUNDAY_KINDS: readonly Meeting['kind'][] = ['big-sunday', 'prep', 'finishing']

/** Members already introduced in an earlier Big Sunday Meeting, for the rotation queue. */
const introducedMemberIds = async (req: PayloadRequest): Promise<Set<number>> => {
  const { docs } = await req.payload.find({
    collection: 'meetings',
    where: { kind: { equals: 'big-sunday' } },
    select: { segments: true },
    pagination: false,
    depth: 0,
    req,
  })
  return new Set(
    docs.flatMap((meeting) =>
      (meeting.segments ?? [])
        .filter((segment) => segment.kind === 'introductions')
        .flatMap((segment) => (segment.members ?? []).map((member) => Number(idOf(member)))),
    ),
  )
}

/** The fixed agenda, with the two members next in the rotation queue to introduce themselves. */
const defaultAgenda = async (
  req: PayloadRequest,
  limits: RuleLimits,
): Promise<NonNullable<Meeting['segments']>> => {
  // Sequential: both queries share the request's transaction connection.
  const { docs: candidates } = await req.payload.find({
    collection: 'members',
    where: { status: { equals: 'active' } },
    select: { joinedAt: true, createdAt: true },
    pagination: false,
    depth: 0,
    req,
  })
  const introduced = await introducedMemberIds(req)
  const introductions = suggestIntroductions(
    candidates.map((member) => ({ id: member.id, joinedAt: member.joinedAt ?? member.createdAt })),
    introduced,
    limits.bigSundayIntroductions,
  )
  const locale = localeOfRequest(req)
  return SEGMENT_ORDER.filter((kind) => kind !== 'brainstorm').map((kind) => ({
    kind,
    minutes: DEFAULT_SEGMENT_MINUTES[kind],
    title: SEGMENT_KINDS.find((choice) => choice.value === kind)!.label[locale],
    members: kind === 'introductions' ? introductions : [],
  }))
}

/**
 * Rule 8: Sunday meetings start on a Sunday in their time zone; one Big Sunday Meeting a month,
 * its segments in the fixed order with exactly two introductions (filled in when left empty).
 */
export const enforceMeetingRules =
  (limits: RuleLimits): CollectionBeforeChangeHook<Meeting> =>
  async ({ data, originalDoc, operation, req }) => {
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
    if (operation === 'create' && !data.segments?.length) {
      data.segments = await defaultAgenda(req, limits)
    }
    assertRule(
      checkBigSundayAgenda(
        (data.segments ?? merged.segments ?? []).map((segment) => ({
          kind: segment.kind,
          members: (segment.members ?? []).map(idOf),
        })),
        limits,
      ),
      req,
    )
    return data
  }
