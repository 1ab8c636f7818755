import { describe, expect, it } from 'vitest'

import {
  COUNTRY_CODES,
  countriesFor,
  countryCodeOf,
  countryName,
  FELLOWSHIP_COUNTRIES,
} from '../../shared/domain/countries'
import { expertiseSearchText } from '../../shared/domain/expertiseSearch'
import { LANGUAGE_CODES, languageCodeOf, languageName } from '../../shared/domain/languages'
import { searchable, searchWords } from '../../shared/text/searchable'

describe('searchable text', () => {
  it('folds the Arabic letters people type interchangeably, and the harakat', () => {
    expect(searchable('أَلمانيا')).toBe(searchable('المانيا'))
    expect(searchable('إدارة')).toBe('اداره')
    expect(searchable('طاقة شمسيّة')).toBe('طاقه شمسيه')
    expect(searchable('مستشفى')).toBe('مستشفي')
    expect(searchable('مسؤول')).toBe('مسوول')
    expect(searchable('هيئة')).toBe('هييه')
    expect(searchable('آبار ـــ')).toBe('ابار')
  })

  it('folds Latin case and accents, and Arabic-Indic digits', () => {
    expect(searchable('  Café   Élan ')).toBe('cafe elan')
    expect(searchable('٣D')).toBe('3d')
  })

  it('splits a search into distinct folded words, at most six', () => {
    expect(searchWords('طاقة  شمسية طاقه')).toEqual(['طاقه', 'شمسيه'])
    expect(searchWords('a b c d e f g h')).toHaveLength(6)
    expect(searchWords('   ')).toEqual([])
  })
})

describe('countries as codes', () => {
  it('holds the 249 ISO 3166-1 codes, each named in Arabic and English', () => {
    expect(new Set(COUNTRY_CODES).size).toBe(249)
    for (const code of COUNTRY_CODES) {
      expect(countryName(code, 'en')).not.toBe(code)
      expect(countryName(code, 'ar')).toMatch(/\p{Script=Arabic}/u)
    }
    expect(countryName('DE', 'ar')).toBe('ألمانيا')
    expect(countryName('Atlantis', 'ar')).toBe('Atlantis')
  })

  it('offers the fellowship’s countries first, then every other one in the reader’s order', () => {
    const { common, others } = countriesFor('ar')
    expect(common.map((c) => c.code)).toEqual(FELLOWSHIP_COUNTRIES)
    expect(common.length + others.length).toBe(COUNTRY_CODES.length)
    // Filed without the article: «الصين» among the ص, after «صربيا» and before «طاجيكستان».
    const names = others.map((c) => c.name.replace(/^ال/, ''))
    expect(names).toEqual([...names].sort(new Intl.Collator('ar').compare))
    const at = (name: string) => others.findIndex((c) => c.name === name)
    expect(at('الصين')).toBeGreaterThan(at('صربيا'))
    expect(at('الصين')).toBeLessThan(at('طاجيكستان'))
    expect(others.some((c) => FELLOWSHIP_COUNTRIES.includes(c.code))).toBe(false)
  })

  it('reads a country typed in either language, in any spelling the search folds', () => {
    for (const typed of ['Germany', ' germany ', 'ألمانيا', 'المانيا', 'de', 'DE'])
      expect(countryCodeOf(typed)).toBe('DE')
    expect(countryCodeOf('السويد')).toBe('SE')
    expect(countryCodeOf('Atlantis')).toBeNull()
    expect(countryCodeOf('')).toBeNull()
  })
})

describe('languages as codes', () => {
  it('names every language in both languages', () => {
    for (const code of LANGUAGE_CODES) {
      expect(languageName(code, 'en')).not.toBe(code)
      expect(languageName(code, 'ar')).toMatch(/\p{Script=Arabic}/u)
    }
  })

  it('reads a language typed in either language', () => {
    for (const typed of ['German', 'german', 'الألمانية', 'الالمانية', 'de'])
      expect(languageCodeOf(typed)).toBe('de')
    expect(languageCodeOf('Klingon')).toBeNull()
  })
})

describe('the expertise bank’s search text', () => {
  const text = expertiseSearchText({
    country: 'DE',
    sectors: ['engineering'],
    skills: ['طاقة شمسيّة', 'Solar power'],
    languages: ['de', 'ar'],
  })

  it('finds a member by country, language, sector and skill, in either script', () => {
    for (const typed of ['ألمانيا', 'Germany', 'الألمانية', 'German', 'الهندسة', 'Engineering'])
      expect(text).toContain(searchable(typed))
    for (const word of searchWords('طاقة شمسية')) expect(text).toContain(word)
    expect(text).toContain('solar')
  })

  it('holds nothing for a member who lists nothing', () => {
    expect(expertiseSearchText({})).toBe('')
    expect(expertiseSearchText({ country: null, skills: null })).toBe('')
  })
})
