import { describe, expect, it } from 'vitest'

import { expertiseSearchText } from '@fazaa/shared/domain/expertiseSearch'
import { skillTranslations } from '@fazaa/shared/domain/skillTerms'
import { searchWords } from '@fazaa/shared/text/searchable'

/** Whether every word of a search is in a member's search text, as the directory asks it. */
const finds = (query: string, skills: string[]) => {
  const text = expertiseSearchText({ skills })
  return searchWords(query).every((word) => text.includes(word))
}

describe('a skill across languages', () => {
  it('is found in Arabic when typed in English, and in English when typed in Arabic', () => {
    expect(finds('جراحة', ['general surgery'])).toBe(true)
    expect(finds('تمريض', ['Nursing'])).toBe(true)
    expect(finds('محاسبة', ['accounting', 'audit'])).toBe(true)
    expect(finds('تصميم', ['curriculum design'])).toBe(true)
    expect(finds('pharmacy', ['صيدلة'])).toBe(true)
    expect(finds('solar', ['طاقة شمسيّة'])).toBe(true)
    expect(finds('irrigation', ['الري بالتنقيط'])).toBe(true)
  })

  it('matches whole words only, and adds nothing for a skill it does not know', () => {
    // «ري» (irrigation) is not in «الريف», nor "law" in "lawn".
    expect(skillTranslations('العمل في الريف')).toEqual([])
    expect(skillTranslations('lawn care')).toEqual([])
    expect(skillTranslations('podcasting')).toEqual([])
    expect(finds('جراحة', ['photography'])).toBe(false)
  })
})
