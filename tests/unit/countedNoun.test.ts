import { describe, expect, it } from 'vitest'

import { counted, MEMBERS, MEMBERS_SUBJECT, MONTHS } from '@fazaa/shared/i18n/countedNoun'

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

describe('a count of members standing as the subject', () => {
  it('takes the nominative dual («عضوان»), and every other form of MEMBERS', () => {
    expect(counted(2, MEMBERS_SUBJECT, 'ar')).toBe('عضوان')
    expect(counted(2, MEMBERS, 'ar')).toBe('عضوين')
    for (const n of [1, 3, 11, 100]) {
      expect(counted(n, MEMBERS_SUBJECT, 'ar')).toBe(counted(n, MEMBERS, 'ar'))
    }
  })
})
