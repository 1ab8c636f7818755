import { describe, expect, it } from 'vitest'

import { DEFAULT_LIMITS } from '@fazaa/shared/rules/limits'
import { checkBigSundayAgenda, suggestIntroductions } from '@fazaa/shared/rules/bigSundayAgenda'
import {
  checkCampaignMonth,
  checkCampaignTransition,
  progressPercent,
} from '@fazaa/shared/rules/campaignRules'
import { approvalStillHolds, checkExpenseApprover } from '@fazaa/shared/rules/expenseApproval'
import {
  checkStartsOnSunday,
  companionMeetingDates,
  monthBefore,
  monthInZone,
  nextSundayAfter,
} from '@fazaa/shared/rules/meetingCalendar'
import { formatMoney, isMinorUnits } from '@fazaa/shared/money'
import { pickLocale, directionOf } from '@fazaa/shared/i18n/locales'

describe('campaign rules', () => {
  it('reads months as YYYY-MM', () => {
    expect(checkCampaignMonth('2026-07').ok).toBe(true)
    for (const bad of ['2026-7', '2026-13', 'July', null])
      expect(checkCampaignMonth(bad).ok).toBe(false)
  })

  it('moves along the lifecycle, one fundraising at a time, closing only with a report', () => {
    expect(checkCampaignTransition({ from: 'draft', to: 'fundraising', hasReport: false }).ok).toBe(
      true,
    )
    expect(checkCampaignTransition({ from: 'draft', to: 'closed', hasReport: true })).toMatchObject(
      {
        code: 'campaign-transition',
      },
    )
    expect(
      checkCampaignTransition({
        from: 'draft',
        to: 'fundraising',
        hasReport: false,
        otherFundraisingTitle: 'July',
      }),
    ).toMatchObject({ code: 'campaign-fundraising-taken', params: { title: 'July' } })
    expect(
      checkCampaignTransition({ from: 'reporting', to: 'closed', hasReport: false }),
    ).toMatchObject({
      code: 'campaign-report-required',
    })
    expect(checkCampaignTransition({ from: 'reporting', to: 'closed', hasReport: true }).ok).toBe(
      true,
    )
  })

  it('draws progress bars that stop at 100%', () => {
    expect(progressPercent(115000, 230000)).toBe(50)
    expect(progressPercent(300000, 230000)).toBe(100)
    expect(progressPercent(5, 0)).toBe(0)
  })
})

describe('meeting calendar', () => {
  it('judges Sunday in the meeting’s own zone', () => {
    // Sunday 01:00 in Damascus is Saturday 22:00 UTC.
    expect(checkStartsOnSunday('2026-12-05T22:00:00Z', 'Asia/Damascus').ok).toBe(true)
    expect(checkStartsOnSunday('2026-12-05T22:00:00Z', 'Europe/London')).toMatchObject({
      code: 'meeting-not-sunday',
      params: { timeZone: 'Europe/London', startsAt: '2026-12-05T22:00:00.000Z' },
    })
    expect(monthInZone('2026-11-30T22:30:00Z', 'Asia/Damascus')).toBe('2026-12')
  })

  it('knows the month before, across a year and before March', () => {
    expect(['2026-01', '2026-03', '2024-03', '2026-12'].map(monthBefore)).toEqual([
      '2025-12',
      '2026-02',
      '2024-02',
      '2026-11',
    ])
  })

  it('puts prep on the Sunday nearest the 15th and finishing on the last Sunday, same local time', () => {
    // February 2026: Sundays 1, 8, 15, 22. March 2026: 1, 8, 15, 22, 29 (and a DST change in Berlin).
    expect(companionMeetingDates('2026-02-01T17:00:00Z', 'Europe/Berlin')).toEqual({
      prep: new Date('2026-02-15T17:00:00Z'),
      finishing: new Date('2026-02-22T17:00:00Z'),
    })
    const march = companionMeetingDates('2026-03-01T17:00:00Z', 'Europe/Berlin')
    expect(march.prep.toISOString()).toBe('2026-03-15T17:00:00.000Z')
    // 18:00 Berlin is 16:00 UTC after the clocks go forward on 29 March.
    expect(march.finishing.toISOString()).toBe('2026-03-29T16:00:00.000Z')
  })

  it('takes the Sunday nearest the 15th when no Sunday falls on it', () => {
    // December 2026: Sundays 6, 13, 20, 27: the 13th is nearer the middle than the 20th.
    expect(companionMeetingDates('2026-12-06T15:00:00Z', 'UTC').prep.toISOString()).toBe(
      '2026-12-13T15:00:00.000Z',
    )
  })

  it('finds the next Sunday at least a week later', () => {
    // Saturday 21 Nov 2026 + 7 days = Saturday 28; the next Sunday is 29 Nov.
    expect(nextSundayAfter('2026-11-21T10:00:00Z', 7, 'UTC', 18).toISOString()).toBe(
      '2026-11-29T18:00:00.000Z',
    )
  })
})

describe('Big Sunday agenda', () => {
  const fixed = (introduced: number[]) => [
    { kind: 'introductions' as const, members: introduced },
    { kind: 'next-campaign' as const },
    { kind: 'last-campaign' as const },
    { kind: 'guest' as const },
    { kind: 'closing' as const },
  ]

  it('accepts the fixed order with exactly two introductions, brainstorm optional', () => {
    expect(checkBigSundayAgenda(fixed([1, 2]), DEFAULT_LIMITS).ok).toBe(true)
    const withBrainstorm = [
      ...fixed([1, 2]).slice(0, 4),
      { kind: 'brainstorm' as const },
      { kind: 'closing' as const },
    ]
    expect(checkBigSundayAgenda(withBrainstorm, DEFAULT_LIMITS).ok).toBe(true)
  })

  it('names what is wrong: order, a missing segment, the wrong number of introductions', () => {
    const swapped = fixed([1, 2])
    ;[swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!]
    expect(checkBigSundayAgenda(swapped, DEFAULT_LIMITS)).toMatchObject({
      code: 'meeting-segments-order',
      params: { position: 3 },
    })
    expect(checkBigSundayAgenda(fixed([1, 2]).slice(0, 4), DEFAULT_LIMITS)).toMatchObject({
      code: 'meeting-segment-missing',
    })
    expect(checkBigSundayAgenda(fixed([1]), DEFAULT_LIMITS)).toMatchObject({
      code: 'meeting-introductions-count',
    })
    expect(checkBigSundayAgenda(fixed([1, 1]), DEFAULT_LIMITS)).toMatchObject({
      code: 'meeting-introductions-count',
    })
  })

  it('suggests members never introduced, longest-standing first, before anyone comes back', () => {
    const candidates = [
      { id: 'a', joinedAt: '2020-01-01' },
      { id: 'b', joinedAt: '2021-01-01' },
      { id: 'c', joinedAt: '2022-01-01' },
      { id: 'd', joinedAt: '2023-01-01' },
    ]
    expect(suggestIntroductions(candidates, new Set(['a']), 2)).toEqual(['b', 'c'])
    expect(suggestIntroductions(candidates, new Set(['a', 'b', 'c']), 2)).toEqual(['d', 'a'])
  })
})

describe('money, expenses and locales', () => {
  it('keeps money in whole cents', () => {
    expect(isMinorUnits(230000)).toBe(true)
    for (const bad of [10.5, -1, Number.NaN, '100']) expect(isMinorUnits(bad)).toBe(false)
    expect(formatMoney({ amount: 230000, currency: 'EUR' }, 'en')).toBe('€2,300')
    expect(formatMoney({ amount: 1050, currency: 'EUR' }, 'en')).toBe('€10.50')
  })

  it('refuses self-approval of an expense', () => {
    expect(checkExpenseApprover({ submittedBy: 3, approvedBy: 3 })).toMatchObject({
      code: 'expense-self-approval',
    })
    expect(checkExpenseApprover({ submittedBy: 3, approvedBy: 4 }).ok).toBe(true)
  })

  it('reads Arabic first, right to left', () => {
    expect(pickLocale(undefined, 'en-GB,en;q=0.9')).toBe('en')
    expect(pickLocale('fr', null)).toBe('ar')
    expect(directionOf('ar')).toBe('rtl')
  })
})

describe('an approval after the fact', () => {
  const approved = {
    campaign: 7,
    description: 'Hose',
    amount: 1000,
    currency: 'EUR',
    paidAt: '2026-07-10T00:00:00.000Z',
    receipt: { id: 3 },
  }
  it('holds while what it vouched for stays the same, however it is spelled', () => {
    expect(approvalStillHolds(approved, {})).toBe(true)
    expect(approvalStillHolds(approved, { ...approved, receipt: 3, paidAt: '2026-07-10' })).toBe(
      true,
    )
  })
  it('no longer holds once the amount, the receipt, the campaign or any other fact changes', () => {
    for (const change of [
      { amount: 500000 },
      { receipt: null },
      { campaign: 8 },
      { currency: 'USD' },
      { description: 'Two hoses' },
      { paidAt: '2026-07-11' },
    ]) {
      expect(approvalStillHolds(approved, change)).toBe(false)
    }
  })
})
