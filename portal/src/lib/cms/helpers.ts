import type { Member } from '@fazaa/cms/types'

import type { Where } from 'payload'

import type { Sector } from '@fazaa/shared/domain/vocabulary'
import type { Locale } from '@fazaa/shared/i18n/locales'
import { suggestHelpers } from '../../features/committees/suggestHelpers'
import { as, idsOf, orNothing } from './asMember'
import { cms } from './client'
import { searchable } from '@fazaa/shared/text/searchable'

// People from the expertise bank who could help with a piece of work.

export interface Helper {
  id: number
  name: string
  veteran: boolean
  sectors: Sector[]
  skills: string[]
  message?: string | null
}

export type HelperProfile = Pick<Member, 'id' | 'name' | 'veteran' | 'sectors' | 'skills'>

export const asHelper = (m: HelperProfile, message?: string | null): Helper => ({
  id: m.id,
  name: m.name,
  veteran: m.veteran ?? false,
  sectors: m.sectors ?? [],
  skills: m.skills ?? [],
  message,
})

/**
 * People who could help with a piece of work: from the expertise bank (members who chose to be
 * found), not already on a committee at work nor in `exclude`, veterans and newcomers in turn.
 */
export const suggestedHelpers = async (
  member: Member,
  needs: { sectors: Sector[]; words: string[] },
  exclude: number[],
  locale: Locale,
): Promise<Helper[]> => {
  const payload = await cms()
  // Only people who could score: a shared sector or a skill naming one of the words. The database
  // narrows the bank (it may hold thousands) before the ranking runs here.
  // The bank's search text is folded (shared/text/searchable): the words are folded the same way.
  const words = [...new Set(needs.words.map(searchable).filter((word) => word.length > 2))]
  const fits: Where[] = [
    ...(needs.sectors.length > 0 ? [{ sectors: { in: needs.sectors } }] : []),
    ...words.slice(0, 20).map((word) => ({ expertiseSearch: { like: word } })),
  ]
  if (fits.length === 0) return []
  const [{ docs: listed }, { docs: working }] = await Promise.all([
    orNothing(
      payload.find({
        collection: 'members',
        where: {
          status: { equals: 'active' },
          'privacy.showInDirectory': { equals: true },
          or: fits,
        },
        select: { name: true, veteran: true, sectors: true, skills: true },
        pagination: false,
        depth: 0,
        locale,
        ...as(member),
      }),
    ),
    orNothing(
      payload.find({
        collection: 'committees',
        where: { status: { in: ['forming', 'active'] } },
        select: { members: true },
        pagination: false,
        depth: 0,
        ...as(member),
      }),
    ),
  ])
  const busy = new Set([...exclude, ...working.flatMap((committee) => idsOf(committee.members))])
  return suggestHelpers(
    listed.map((m) => ({
      id: m.id,
      sectors: m.sectors ?? [],
      skills: m.skills ?? [],
      veteran: m.veteran ?? false,
    })),
    needs,
    busy,
  ).map((c) => asHelper(listed.find((m) => m.id === c.id)!))
}
