import { describe, expect, it } from 'vitest'

import {
  CHARACTERS,
  counted,
  DAYS,
  DONORS,
  MINUTES,
  SEATS,
  WEEKS,
} from '@fazaa/shared/i18n/countedNoun'
import { RULE_MESSAGES, type RuleParams } from '@fazaa/shared/i18n/ruleMessages'

/**
 * Every refusal an Arabic reader gets writes its figures in Arabic-Indic digits and counts its
 * nouns as Arabic does (issue 16: «٨ أسابيع», not «8 أسابيع»; «٣٠ يوماً»; «١٢ حرفاً»).
 */
const PARAMS: RuleParams = {
  count: 7,
  limit: 5,
  max: 120,
  min: 12,
  length: 140,
  position: 3,
  required: 2,
  days: 30,
  maxWeeks: 8,
  months: 2,
  seconds: 90,
  month: '2026-12',
  startsAt: '2026-12-06T16:00:00.000Z',
  opensAt: '2026-12-06T16:00:00.000Z',
  closesAt: '2026-12-13T16:00:00.000Z',
  latestEnd: '2027-02-06T16:00:00.000Z',
  timeZone: 'Europe/Berlin',
  currency: 'EUR',
  from: 'draft',
  to: 'in-vote',
  kind: 'flying',
  field: 'title',
  what: 'list',
  name: 'Hala',
  title: 'Library',
  segment: 'guest',
  collection: 'votes',
}

/** The one Arabic message that shows what to type in Latin digits: the month field's format. */
const TYPED_EXAMPLES = new Set(['campaign-month-format'])

describe('figures in Arabic refusals', () => {
  const keys = Object.keys(RULE_MESSAGES) as (keyof typeof RULE_MESSAGES)[]

  it.each(keys.filter((key) => !TYPED_EXAMPLES.has(key)))(
    '%s writes no Latin digit in Arabic',
    (key) => {
      const arabic = RULE_MESSAGES[key].ar(PARAMS)
      expect(arabic).not.toMatch(/[0-9]/)
    },
  )

  it('counts what it names with Arabic plural forms', () => {
    expect(RULE_MESSAGES['proposal-duration'].ar(PARAMS)).toContain('و٨ أسابيع')
    expect(RULE_MESSAGES['session-too-old'].ar(PARAMS)).toContain('٣٠ يوماً')
    expect(RULE_MESSAGES['proposal-text-too-long'].ar(PARAMS)).toContain('١٢٠ حرفاً على الأكثر')
    expect(RULE_MESSAGES['password-length'].ar(PARAMS)).toContain('من ١٢ حرفاً إلى ١٢٠ حرفاً')
    expect(RULE_MESSAGES['donation-amount-too-small'].ar({ min: 1, currency: 'EUR' })).toMatch(
      /١\s?€/,
    )
  })
})

describe('counted nouns for time and people', () => {
  const forms = (table: Parameters<typeof counted>[1]) =>
    [0, 1, 2, 3, 10, 11, 99, 100].map((n) => counted(n, table, 'ar'))

  it('minutes, days and weeks', () => {
    expect(forms(MINUTES)).toEqual([
      '٠ دقيقة',
      'دقيقة واحدة',
      'دقيقتين',
      '٣ دقائق',
      '١٠ دقائق',
      '١١ دقيقة',
      '٩٩ دقيقة',
      '١٠٠ دقيقة',
    ])
    expect(forms(DAYS).slice(1, 6)).toEqual(['يوم واحد', 'يومين', '٣ أيام', '١٠ أيام', '١١ يوماً'])
    expect(forms(WEEKS)[3]).toBe('٣ أسابيع')
    expect(counted(1, WEEKS, 'en')).toBe('1 week')
  })

  it('donors, seats and letters', () => {
    expect(forms(DONORS).slice(1, 8)).toEqual([
      'متبرع واحد',
      'متبرعان',
      '٣ متبرعين',
      '١٠ متبرعين',
      '١١ متبرعاً',
      '٩٩ متبرعاً',
      '١٠٠ متبرع',
    ])
    expect(counted(1, DONORS, 'en')).toBe('1 donor')
    expect(counted(2, SEATS, 'ar')).toBe('مقعدان')
    expect(counted(12, CHARACTERS, 'ar')).toBe('١٢ حرفاً')
  })
})
