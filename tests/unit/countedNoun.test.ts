import { describe, expect, it } from 'vitest'

import { counted, MEMBERS, MONTHS } from '@fazaa/shared/i18n/countedNoun'

describe('counted nouns', () => {
  it('says months as Arabic does: one, the dual, 3-10, 11-99, in Arabic-Indic digits', () => {
    expect([1, 2, 3, 10, 11, 99, 100].map((n) => counted(n, MONTHS, 'ar'))).toEqual([
      'شهر واحد',
      'شهرين',
      '٣ أشهر',
      '١٠ أشهر',
      '١١ شهراً',
      '٩٩ شهراً',
      '١٠٠ شهر',
    ])
    expect(counted(5, MEMBERS, 'ar')).toBe('٥ أعضاء')
  })

  it('says them in English with one and other', () => {
    expect([1, 2, 5].map((n) => counted(n, MONTHS, 'en'))).toEqual([
      '1 month',
      '2 months',
      '5 months',
    ])
    expect(counted(5, MEMBERS, 'en')).toBe('5 members')
  })
})
