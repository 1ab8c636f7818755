import type { Member } from '@fazaa/cms/types'

import type { Where } from 'payload'

import type { Sector } from '@fazaa/shared/domain/vocabulary'
import type { Locale } from '@fazaa/shared/i18n/locales'
import { as } from './asMember'
import { cms } from './client'

export interface DirectoryFilter {
  sector?: Sector
  /** Part of a skill, a language or a country, as typed. */
  skill?: string
  language?: string
  country?: string
}

/**
 * The expertise bank: active members who chose to be listed, matching every filter given. Contact
 * fields come back only from members who chose to share them (the CMS's field access decides).
 */
export const searchDirectory = async (
  member: Member,
  filter: DirectoryFilter,
  locale: Locale,
): Promise<Member[]> => {
  const payload = await cms()
  const and: Where[] = [
    { status: { equals: 'active' } },
    { 'privacy.showInDirectory': { equals: true } },
  ]
  if (filter.sector) and.push({ sectors: { in: [filter.sector] } })
  if (filter.skill) and.push({ skills: { like: filter.skill } })
  if (filter.language) and.push({ languages: { like: filter.language } })
  if (filter.country) and.push({ country: { like: filter.country } })
  const { docs } = await payload.find({
    collection: 'members',
    where: { and },
    sort: 'name',
    limit: 200,
    depth: 0,
    locale,
    ...as(member),
  })
  return docs
}
