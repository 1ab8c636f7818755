import { describe, expect, it } from 'vitest'

import { checkMeetingHeld } from '@fazaa/shared/rules/meetingHeld'

describe('checkMeetingHeld: a meeting is held once it began, a Big Sunday one with its summary', () => {
  const startsAt = '2026-12-06T14:00:00.000Z'
  const base = {
    kind: 'big-sunday' as const,
    from: 'planned' as const,
    to: 'held' as const,
    startsAt,
    hasSummary: true,
  }

  it('refuses a meeting that has not begun, even by a minute', () => {
    expect(checkMeetingHeld({ ...base, now: new Date('2026-12-06T13:59:00Z') })).toMatchObject({
      code: 'meeting-held-in-future',
      params: { startsAt },
    })
    expect(checkMeetingHeld({ ...base, now: new Date(startsAt) }).ok).toBe(true)
  })

  it('refuses a Big Sunday Meeting without a summary; other meetings need none', () => {
    const now = new Date('2026-12-06T18:00:00Z')
    expect(checkMeetingHeld({ ...base, now, hasSummary: false })).toMatchObject({
      code: 'meeting-held-summary-required',
    })
    expect(checkMeetingHeld({ ...base, kind: 'open', now, hasSummary: false }).ok).toBe(true)
  })

  it('leaves other changes alone: a held meeting edited, a planned one moved', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    expect(checkMeetingHeld({ ...base, from: 'held', now, hasSummary: false }).ok).toBe(true)
    expect(checkMeetingHeld({ ...base, to: 'planned', now, hasSummary: false }).ok).toBe(true)
  })
})
