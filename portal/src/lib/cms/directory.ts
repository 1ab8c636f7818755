import type { Member } from '@fazaa/cms/types'

import type { Where } from 'payload'

import { isCountryCode, type CountryCode } from '@fazaa/shared/domain/countries'
import type { LanguageCode } from '@fazaa/shared/domain/languages'
import type { Sector } from '@fazaa/shared/domain/vocabulary'
import type { Locale } from '@fazaa/shared/i18n/locales'
import { searchWords } from '@fazaa/shared/text/searchable'
import { as } from './asMember'
import { cms } from './client'

export interface DirectoryFilter {
  sector?: Sector
  language?: LanguageCode
  country?: CountryCode
  /** Words as typed, in either script: each must be in a skill, a country, a language or a sector. */
  words?: string
}

/** People on one page of the expertise bank: enough to scan on a phone without a long scroll. */
export const DIRECTORY_PAGE_SIZE = 12

/** Who the expertise bank lists at all: active members who chose to be listed. */
const listed: Where[] = [
  { status: { equals: 'active' } },
  { 'privacy.showInDirectory': { equals: true } },
]

/**
 * The expertise bank: one page of the listed members matching every filter given, by name. Contact
 * fields come back only from members who chose to share them (the CMS's field access decides).
 */
export const searchDirectory = async (
  member: Member,
  filter: DirectoryFilter,
  page: number,
  locale: Locale,
) => {
  const payload = await cms()
  const and: Where[] = [...listed]
  if (filter.sector) and.push({ sectors: { in: [filter.sector] } })
  if (filter.language) and.push({ languages: { in: [filter.language] } })
  if (filter.country) and.push({ country: { equals: filter.country } })
  // The search text is stored folded (shared/text/searchable), so the words are folded the same
  // way for it; a name is stored as written, so it is matched as typed («أحمد», "Samer").
  const typed = (filter.words ?? '').split(/\s+/).filter(Boolean).slice(0, 6)
  for (const word of typed) {
    const folded = searchWords(word)[0]
    and.push({
      or: [...(folded ? [{ expertiseSearch: { like: folded } }] : []), { name: { like: word } }],
    })
  }
  const found = await payload.find({
    collection: 'members',
    where: { and },
    sort: 'name',
    limit: DIRECTORY_PAGE_SIZE,
    page,
    depth: 0,
    locale,
    ...as(member),
  })
  return {
    people: found.docs,
    total: found.totalDocs,
    page: found.page ?? 1,
    pages: Math.max(1, found.totalPages),
  }
}

/** The countries the listed members live in: a search offers only those. */
export const directoryCountries = async (member: Member): Promise<CountryCode[]> => {
  const payload = await cms()
  const { values } = await payload.findDistinct({
    collection: 'members',
    field: 'country',
    where: { and: [...listed, { country: { exists: true } }] },
    limit: 300,
    ...as(member),
  })
  return values.map((row) => row.country).filter(isCountryCode)
}
