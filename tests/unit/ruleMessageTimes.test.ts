import { describe, expect, it } from 'vitest'

import { checkCommitteeDuration } from '@fazaa/shared/rules/committeeDuration'
import { checkStartsOnSunday } from '@fazaa/shared/rules/meetingCalendar'
import { fail } from '@fazaa/shared/rules/result'

/**
 * Refusals say times as people read them (issue 16): no ISO timestamp, no English weekday in
 * Arabic, months counted with Arabic's own forms.
 */
const ISO = /\d{4}-\d{2}-\d{2}(T|\b)/
const ENGLISH_WEEKDAY = /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/

describe('times in rule refusals', () => {
  it('a meeting on a Saturday is refused with the Arabic weekday, date and zone', () => {
    const refusal = checkStartsOnSunday('2026-12-05T22:00:00Z', 'Europe/London')
    expect(refusal.ok).toBe(false)
    if (refusal.ok) return
    expect(refusal.message.ar).toContain('السبت، ٥ كانون الأول ٢٠٢٦')
    expect(refusal.message.ar).toContain('توقيت المملكة المتحدة')
    expect(refusal.message.ar).not.toMatch(ENGLISH_WEEKDAY)
    expect(refusal.message.en).toContain('Saturday, 5 December 2026 at 22:00')
  })

  it('a committee too long names its latest end day and «شهرين», not «٢ شهر»', () => {
    const refusal = checkCommitteeDuration(
      { startDate: '2026-01-31T09:00:00Z', endDate: '2026-04-01T09:00:00Z' },
      { committeeMaxMonths: 2 } as Parameters<typeof checkCommitteeDuration>[1],
    )
    expect(refusal.ok).toBe(false)
    if (refusal.ok) return
    expect(refusal.message.ar).toContain('شهرين')
    expect(refusal.message.ar).toContain('٣١ آذار ٢٠٢٦')
    expect(refusal.message.en).toContain('2 months')
    expect(refusal.message.en).toContain('31 March 2026')
  })

  it.each([
    ['vote-not-open-yet', { opensAt: '2026-12-06T16:00:00.000Z' }],
    ['vote-closed', { closesAt: '2026-12-06T16:00:00.000Z' }],
    ['campaign-month-taken', { month: '2026-12' }],
    ['meeting-big-sunday-month-taken', { month: '2026-12' }],
  ] as const)('%s shows no ISO date in either language', (code, params) => {
    const { message } = fail(code, params)
    expect(message.ar).not.toMatch(ISO)
    expect(message.en).not.toMatch(ISO)
    expect(message.ar).toMatch(/كانون الأول/)
    expect(message.en).toMatch(/December/)
  })
})
