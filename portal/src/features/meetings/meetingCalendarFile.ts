import type { Meeting } from '@fazaa/cms/types'
import { createEvents, type EventAttributes } from 'ics'

/** A meeting as a calendar event; times in UTC so every calendar shows them in its own zone. */
const toEvent = (meeting: Meeting, portalUrl: string): EventAttributes => {
  const start = new Date(meeting.startsAt)
  return {
    uid: `meeting-${meeting.id}@fazaa`,
    title: meeting.title,
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: meeting.durationMinutes ?? 90 },
    url: `${portalUrl}/meetings/`,
    status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    ...(meeting.place ? { location: meeting.place } : {}),
    // Present only when the reader may see it: a member's personal feed, never the public files.
    ...(meeting.onlineLink ? { description: meeting.onlineLink } : {}),
  }
}

/** An iCalendar file of one or many meetings; throws when a meeting cannot be expressed. */
export const meetingCalendarFile = (meetings: Meeting[], portalUrl: string): string => {
  const { error, value } = createEvents(
    meetings.map((meeting) => toEvent(meeting, portalUrl)),
    {
      calName: 'Fazaa',
      productId: 'fazaa/meetings',
    },
  )
  if (error || !value) throw error ?? new Error('Could not write the calendar')
  return value
}
