import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import {
  MEETING_DUTIES,
  SEGMENT_KINDS,
  labelOf,
  type SegmentKind,
} from '@fazaa/shared/domain/vocabulary'
import { intlLocale } from '@fazaa/shared/i18n/locales'
import { DEFAULT_SEGMENT_MINUTES, suggestIntroductions } from '@fazaa/shared/rules/bigSundayAgenda'
import type { RuleLimits } from '@fazaa/shared/rules/limits'
import { monthAfter, monthBoundsInZone } from '@fazaa/shared/rules/meetingCalendar'
import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { idOf } from '../../../access/roles'
import { campaignOfMonthBefore } from '../../../lib/campaignOfMonthBefore'
import { limitsOf } from '../../../lib/configuredLimits'
import { localeOfRequest } from '../../../lib/localeOfRequest'
import type { Meeting } from '../../../payload-types'
import { AGENDA_WORDS } from '../agendaWords'

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

/**
 * The agenda the platform suggests for a new Big Sunday Meeting, in the fixed order: the two
 * members next in the rotation queue, the next campaign (the proposal the last vote selected),
 * last month's campaign with what it raised and spent, the guest and interviewer, the brainstorm
 * group's slot when one is at work, and next month's programme. The admin can change any of it.
 */
const defaultAgenda = async (
  req: PayloadRequest,
  limits: RuleLimits,
  meeting: Partial<Meeting> & { month: string },
): Promise<NonNullable<Meeting['segments']>> => {
  const locale = localeOfRequest(req)
  // Sequential: the queries share the request's transaction connection.
  const { docs: candidates } = await req.payload.find({
    collection: 'members',
    where: { status: { equals: 'active' } },
    select: { joinedAt: true, createdAt: true, introductionDeclined: true },
    pagination: false,
    depth: 0,
    req,
  })
  const introduced = await introducedMemberIds(req)
  const introductions = suggestIntroductions(
    candidates.map((member) => ({
      id: member.id,
      joinedAt: member.joinedAt ?? member.createdAt,
      declined: member.introductionDeclined,
    })),
    introduced,
    limits.bigSundayIntroductions,
  )
  const { docs: selected } = await req.payload.find({
    collection: 'proposals',
    where: { status: { equals: 'selected' } },
    sort: '-votingClosesAt',
    limit: 1,
    depth: 0,
    req,
  })
  const next = selected[0]
  const last = await campaignOfMonthBefore(req.payload, meeting.month, { req })
  const { docs: brainstorms } = await req.payload.find({
    collection: 'committees',
    where: { kind: { equals: 'brainstorm' }, status: { in: ['forming', 'active'] } },
    limit: 1,
    depth: 0,
    locale,
    req,
  })
  const nextMonth = monthBoundsInZone(
    monthAfter(meeting.month),
    meeting.startsAt_tz || DEFAULT_TIME_ZONE,
  )
  const { docs: programme } = await req.payload.find({
    collection: 'meetings',
    where: {
      startsAt: {
        greater_than_equal: nextMonth.start.toISOString(),
        less_than: nextMonth.end.toISOString(),
      },
      kind: { not_in: ['prep', 'finishing'] },
    },
    sort: 'startsAt',
    limit: 10,
    depth: 0,
    locale,
    req,
  })
  const label = (kind: SegmentKind) => labelOf(SEGMENT_KINDS, kind, locale)
  const words = AGENDA_WORDS[locale]
  // A day as the reader says it («الأحد ١٠ كانون الثاني»), never an ISO date.
  const dayOf = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat(intlLocale(locale), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone,
    }).format(new Date(iso))
  const segment = (
    kind: SegmentKind,
    extra: Partial<NonNullable<Meeting['segments']>[number]> = {},
  ) => ({
    kind,
    minutes: DEFAULT_SEGMENT_MINUTES[kind],
    title: label(kind),
    members: [] as number[],
    ...extra,
  })
  const brainstorm = brainstorms[0]
  return [
    segment('introductions', { members: introductions }),
    // The campaign segments' figures are not written into their notes: the run sheet and the
    // digest read them live (a note written now would say "no proposal selected" after one was).
    segment('next-campaign', { campaign: idOf(next?.campaign) as number | null }),
    segment('last-campaign', { campaign: last?.campaign.id ?? null }),
    segment('guest', {
      guest: idOf(meeting.guest) as number | null,
      members: meeting.interviewer ? [Number(idOf(meeting.interviewer))] : [],
    }),
    ...(brainstorm
      ? [
          segment('brainstorm', {
            members: brainstorm.lead ? [Number(idOf(brainstorm.lead))] : [],
            notes: brainstorm.name,
          }),
        ]
      : []),
    segment('closing', {
      notes: programme.length
        ? programme
            .map((m) => `${dayOf(m.startsAt, m.startsAt_tz || DEFAULT_TIME_ZONE)} — ${m.title}`)
            .join('\n')
        : words.noProgramme,
    }),
  ]
}

/** The management's duties, all open, for a new Big Sunday Meeting. */
const openDuties = (): NonNullable<Meeting['duties']> =>
  MEETING_DUTIES.map((duty) => ({ duty: duty.value, done: false, doneBy: null }))

/**
 * Filling in, not refusing: a new Big Sunday Meeting left without an agenda gets the suggested
 * one, and without duties the management's list, all open; who ticked a duty is kept with it
 * (and forgotten when it is unticked). The admin can change any of it; enforceBigSundayAgenda
 * then checks what is saved.
 */
export const suggestBigSundayAgenda: CollectionBeforeChangeHook<Meeting> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const merged = { ...originalDoc, ...data } as Meeting
  if (merged.kind !== 'big-sunday') return data
  if (operation === 'create' && !data.segments?.length) {
    // enforceMeetingRules, before this, set the month from the start in the meeting's zone.
    data.segments = await defaultAgenda(req, limitsOf(req.payload.config), {
      ...merged,
      month: data.month ?? '',
    })
  }
  if (operation === 'create' && !data.duties?.length) data.duties = openDuties()
  data.duties = data.duties?.map((duty) => ({
    ...duty,
    doneBy: duty.done ? (duty.doneBy ?? req.user?.id ?? null) : null,
  }))
  return data
}
