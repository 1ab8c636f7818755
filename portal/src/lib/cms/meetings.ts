import type { Meeting, Member } from '@fazaa/cms/types'
import { randomBytes } from 'node:crypto'

import { isSameId } from '@fazaa/cms/access/roles'
import type { Locale } from '@fazaa/shared/i18n/locales'
import * as clock from '@fazaa/shared/clock'
import { as, orNothing, upsertMine } from './asMember'
import { cms } from './client'
import type { Refusal } from './refusal'

// Meetings: the public calendar, one meeting, and a member's answers and personal feed.

/** The next public Big Sunday Meeting from now, or null. */
export const getNextBigSunday = async (locale: Locale): Promise<Meeting | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'meetings',
    where: {
      kind: { equals: 'big-sunday' },
      status: { equals: 'planned' },
      startsAt: { greater_than_equal: clock.now().toISOString() },
    },
    sort: 'startsAt',
    locale,
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** Public meetings: the coming ones soonest first, and the latest past ones. */
export const getMeetings = async (
  locale: Locale,
): Promise<{ upcoming: Meeting[]; past: Meeting[] }> => {
  const payload = await cms()
  const now = clock.now().toISOString()
  const query = (startsAt: Record<string, string>, sort: string, limit: number) =>
    payload.find({
      collection: 'meetings',
      where: { startsAt, status: { not_equals: 'cancelled' } },
      sort,
      limit,
      locale,
      depth: 1,
      overrideAccess: false,
    })
  const [upcoming, past] = await Promise.all([
    query({ greater_than_equal: now }, 'startsAt', 50),
    query({ less_than: now }, '-startsAt', 20),
  ])
  return { upcoming: upcoming.docs, past: past.docs }
}

/**
 * One meeting with its segments' people, guest and campaign, as `viewer` may read it (no viewer:
 * the public), or null when it does not exist or they may not. Active members and admins read
 * every meeting (the run sheet); the public, only public ones (the calendar file).
 */
export const getMeeting = async (
  id: number,
  locale: Locale,
  viewer?: Member,
): Promise<Meeting | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { id: { equals: id } },
    locale,
    depth: 1,
    limit: 1,
    pagination: false,
    ...(viewer ? { user: viewer } : {}),
    overrideAccess: false,
  })
  return docs[0] ?? null
}

export interface MyMeeting {
  meeting: Meeting
  answer: 'yes' | 'no' | null
}

/** Meetings the member can attend, with the online link (members only) and their answer. */
export const getMyMeetings = async (member: Member, locale: Locale): Promise<MyMeeting[]> => {
  const payload = await cms()
  const { docs } = await orNothing(
    payload.find({
      collection: 'meetings',
      where: {
        status: { equals: 'planned' },
        startsAt: { greater_than_equal: clock.now().toISOString() },
      },
      sort: 'startsAt',
      limit: 20,
      depth: 0,
      locale,
      ...as(member),
    }),
  )
  const { docs: answers } = await orNothing(
    payload.find({
      collection: 'meeting-rsvps',
      where: { member: { equals: member.id }, meeting: { in: docs.map((m) => m.id) } },
      pagination: false,
      depth: 0,
      ...as(member),
    }),
  )
  return docs.map((meeting) => ({
    meeting,
    answer: answers.find((rsvp) => isSameId(rsvp.meeting, meeting.id))?.answer ?? null,
  }))
}

/** "Will you come?": the member's one answer per meeting, created or changed. */
export const answerMeeting = async (
  member: Member,
  meetingId: number,
  answer: 'yes' | 'no',
): Promise<Refusal | null> =>
  upsertMine(
    await cms(),
    member,
    'meeting-rsvps',
    { member: { equals: member.id }, meeting: { equals: meetingId } },
    { meeting: meetingId, member: member.id, answer },
  )

/**
 * The secret of the member's personal calendar feed, made on first use; `renew` replaces it, so
 * an address shared by mistake stops working. Members may not write the field themselves.
 */
export const calendarTokenOf = async (member: Member, renew = false): Promise<string> => {
  const payload = await cms()
  const current = await payload.findByID({
    collection: 'members',
    id: member.id,
    depth: 0,
    select: { calendarToken: true },
    overrideAccess: true,
  })
  if (current.calendarToken && !renew) return current.calendarToken
  const token = randomBytes(24).toString('base64url')
  await payload.update({
    collection: 'members',
    id: member.id,
    data: { calendarToken: token },
    depth: 0,
    overrideAccess: true,
  })
  return token
}

/**
 * The meetings of a personal calendar feed, read as its member (so with the online link), or
 * null when no member who is still with the fellowship holds that token.
 */
export const meetingsOfCalendarToken = async (
  token: string,
  locale: Locale,
): Promise<Meeting[] | null> => {
  if (token.length < 20) return null
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'members',
    where: { calendarToken: { equals: token }, status: { in: ['active', 'applicant', 'paused'] } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const member = docs[0]
  if (!member) return null
  const { docs: meetings } = await orNothing(
    payload.find({
      collection: 'meetings',
      where: {
        startsAt: {
          greater_than_equal: new Date(clock.now().getTime() - 30 * 86_400_000).toISOString(),
        },
      },
      sort: 'startsAt',
      limit: 100,
      depth: 0,
      locale,
      ...as(member),
    }),
  )
  return meetings
}
