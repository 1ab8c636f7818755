import type { MeetingKind, MeetingStatus } from '../domain/vocabulary'
import { fail, ok, type RuleResult } from './result'

export interface MeetingBecomingHeld {
  kind: MeetingKind
  from: MeetingStatus | null
  to: MeetingStatus
  startsAt: Date | string
  now: Date
  /** Whether a summary is written in any language. */
  hasSummary: boolean
}

/**
 * A meeting is marked held once it has begun, and a Big Sunday Meeting with its summary: marking
 * it held sends the digest, with that summary, to every member at once, so one wrong click on a
 * future meeting or an empty summary would reach everyone and cannot be taken back.
 */
export const checkMeetingHeld = ({
  kind,
  from,
  to,
  startsAt,
  now,
  hasSummary,
}: MeetingBecomingHeld): RuleResult => {
  if (to !== 'held' || from === 'held') return ok()
  if (new Date(startsAt).getTime() > now.getTime())
    return fail('meeting-held-in-future', { startsAt: new Date(startsAt).toISOString() })
  if (kind === 'big-sunday' && !hasSummary) return fail('meeting-held-summary-required')
  return ok()
}
