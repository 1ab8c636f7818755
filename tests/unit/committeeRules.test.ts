import { describe, expect, it } from 'vitest'

import { checkCommitteeDuration, latestCommitteeEnd } from '@fazaa/shared/rules/committeeDuration'
import { checkNewSeatsActive } from '@fazaa/shared/rules/committeeMembership'
import { checkCommitteeMix } from '@fazaa/shared/rules/committeeMix'
import { checkCommitteeSize, seatsLeft } from '@fazaa/shared/rules/committeeSize'
import { DEFAULT_LIMITS, resolveLimits } from '@fazaa/shared/rules/limits'

const limits = DEFAULT_LIMITS

describe('checkCommitteeSize', () => {
  it('accepts five for a flying committee and refuses six, with both numbers in the message', () => {
    expect(checkCommitteeSize({ kind: 'flying', memberIds: [1, 2, 3, 4, 5] }, limits).ok).toBe(true)
    const six = checkCommitteeSize({ kind: 'flying', memberIds: [1, 2, 3, 4, 5, 6] }, limits)
    expect(six).toMatchObject({ ok: false, code: 'committee-size', params: { limit: 5, count: 6 } })
    if (!six.ok) {
      expect(six.message.en).toContain('at most 5')
      expect(six.message.ar).toContain('عن ٥ (مع المسؤول)، وفي هذا الطلب ٦')
    }
  })

  it('counts the lead even when not listed, and duplicates once', () => {
    expect(
      checkCommitteeSize({ kind: 'flying', memberIds: [1, 2, 3, 4, 5], leadId: 9 }, limits).ok,
    ).toBe(false)
    expect(
      checkCommitteeSize({ kind: 'flying', memberIds: [1, 1, 2, 2, 3], leadId: 1 }, limits).ok,
    ).toBe(true)
  })

  it('allows ten in a brainstorm group', () => {
    const ten = Array.from({ length: 10 }, (_, i) => i)
    expect(checkCommitteeSize({ kind: 'brainstorm', memberIds: ten }, limits).ok).toBe(true)
    expect(checkCommitteeSize({ kind: 'brainstorm', memberIds: [...ten, 10] }, limits).ok).toBe(
      false,
    )
  })

  it('tells the portal how many seats are left, never negative', () => {
    expect(seatsLeft('flying', 3, limits)).toBe(2)
    expect(seatsLeft('flying', 7, limits)).toBe(0)
    expect(seatsLeft('brainstorm', 3, limits)).toBe(7)
  })
})

describe('checkCommitteeDuration', () => {
  it('requires an end date', () => {
    expect(checkCommitteeDuration({ startDate: '2026-01-01' }, limits)).toMatchObject({
      code: 'committee-end-required',
    })
  })

  it('uses calendar months: 31 January may end on 31 March, not on 1 April', () => {
    const start = '2026-01-31T09:00:00Z'
    expect(
      checkCommitteeDuration({ startDate: start, endDate: '2026-03-31T09:00:00Z' }, limits).ok,
    ).toBe(true)
    expect(
      checkCommitteeDuration({ startDate: start, endDate: '2026-04-01T09:00:00Z' }, limits),
    ).toMatchObject({
      code: 'committee-duration',
      params: { months: 2, latestEnd: '2026-03-31T09:00:00.000Z' },
    })
    expect(latestCommitteeEnd(new Date('2026-12-15T00:00:00Z'), limits).toISOString()).toBe(
      '2027-02-15T00:00:00.000Z',
    )
  })

  it('counts the two months in the town’s calendar, whatever the zone of the machine', () => {
    const machineZone = process.env.TZ
    const start = new Date('2027-03-01T09:00:00Z')
    try {
      const ends = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati'].map(
        (zone) => {
          process.env.TZ = zone
          return latestCommitteeEnd(start, limits).toISOString()
        },
      )
      // Berlin changes its clocks in between; the limit does not move with them.
      expect(ends).toEqual(Array(4).fill('2027-05-01T09:00:00.000Z'))
    } finally {
      process.env.TZ = machineZone
    }
  })

  it('refuses an end before the start', () => {
    expect(
      checkCommitteeDuration({ startDate: '2026-05-02', endDate: '2026-05-01' }, limits),
    ).toMatchObject({ code: 'committee-end-before-start' })
  })
})

describe('checkCommitteeMix', () => {
  const fellowship = { fellowshipHasVeterans: true, fellowshipHasNewcomers: true }
  it('needs a veteran and a newcomer when the fellowship has both', () => {
    expect(checkCommitteeMix({ memberIsVeteran: [false, false], ...fellowship })).toMatchObject({
      code: 'committee-mix-veteran-missing',
    })
    expect(checkCommitteeMix({ memberIsVeteran: [true, true], ...fellowship })).toMatchObject({
      code: 'committee-mix-newcomer-missing',
    })
    expect(checkCommitteeMix({ memberIsVeteran: [true, false], ...fellowship }).ok).toBe(true)
  })

  it('does not ask for what the fellowship cannot give, nor of a committee of one', () => {
    expect(
      checkCommitteeMix({
        memberIsVeteran: [false, false],
        fellowshipHasVeterans: false,
        fellowshipHasNewcomers: true,
      }).ok,
    ).toBe(true)
    expect(checkCommitteeMix({ memberIsVeteran: [false], ...fellowship }).ok).toBe(true)
  })
})

describe('resolveLimits', () => {
  it('keeps the brief’s numbers unless told otherwise, and refuses nonsense', () => {
    expect(resolveLimits({ flyingCommitteeMaxMembers: 7 })).toEqual({
      ...DEFAULT_LIMITS,
      flyingCommitteeMaxMembers: 7,
    })
    expect(() => resolveLimits({ committeeMaxMonths: 0 })).toThrow(/committeeMaxMonths/)
    expect(() => resolveLimits({ proposalMaxWeeks: 2.5 })).toThrow(/proposalMaxWeeks/)
  })
})

describe('checkNewSeatsActive', () => {
  it('seats active members, and names the first who is not', () => {
    expect(checkNewSeatsActive([{ name: 'Huda', status: 'active' }]).ok).toBe(true)
    expect(checkNewSeatsActive([]).ok).toBe(true)
    for (const status of ['applicant', 'paused', 'left']) {
      const result = checkNewSeatsActive([
        { name: 'Huda', status: 'active' },
        { name: 'Sami', status },
      ])
      expect(result).toMatchObject({ ok: false, code: 'committee-member-not-active' })
      if (!result.ok) expect(result.message.en).toContain('"Sami"')
    }
  })
})
