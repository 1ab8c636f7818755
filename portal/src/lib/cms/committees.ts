import type { Committee, Member } from '@fazaa/cms/types'

import { isSameId } from '@fazaa/cms/access/roles'
import type { Locale } from '@fazaa/shared/i18n/locales'
import { as, attempt, idsOf, orNothing } from './asMember'
import { cms } from './client'
import { asHelper, suggestedHelpers, type Helper, type HelperProfile } from './helpers'
import type { Refusal } from './refusal'

// Flying committees as members see them: the list, one committee, offering help, the lead's choice.

export interface CommitteeSummary {
  committee: Committee
  memberCount: number
  /** Whether the signed-in member already serves on it, offered to help, or leads it. */
  serving: boolean
  offered: boolean
  leading: boolean
}

/** Committees that are forming (looking for helpers) and those the member is on. */
export const getCommittees = async (
  member: Member,
  locale: Locale,
): Promise<CommitteeSummary[]> => {
  const payload = await cms()
  const [{ docs }, offers] = await Promise.all([
    orNothing(
      payload.find({
        collection: 'committees',
        where: {
          or: [
            { status: { equals: 'forming' } },
            {
              and: [
                { status: { equals: 'active' } },
                { or: [{ members: { in: [member.id] } }, { lead: { equals: member.id } }] },
              ],
            },
          ],
        },
        sort: 'endDate',
        pagination: false,
        depth: 0,
        locale,
        ...as(member),
      }),
    ),
    orNothing(
      payload.find({
        collection: 'committee-interests',
        where: { member: { equals: member.id } },
        pagination: false,
        depth: 0,
        ...as(member),
      }),
    ),
  ])
  return docs.map((committee) => {
    const memberIds = idsOf(committee.members)
    return {
      committee,
      memberCount: memberIds.length,
      serving: memberIds.includes(member.id),
      offered: offers.docs.some((offer) => isSameId(offer.committee, committee.id)),
      leading: isSameId(committee.lead, member.id),
    }
  })
}

export interface CommitteePage {
  committee: Committee
  members: Helper[]
  /** For the lead: who offered to help, and who else could (suggested); empty for others. */
  offers: Helper[]
  suggestions: Helper[]
  leading: boolean
}

/**
 * A committee with the names of its members. Offering to help shares one's name with the lead,
 * and serving on a committee shares it with the committee: those names are read on the platform's
 * behalf (name, sectors, skills and the veteran mark only, never contact details).
 */
export const getCommitteePage = async (
  member: Member,
  id: number,
  locale: Locale,
): Promise<CommitteePage | null> => {
  const payload = await cms()
  let committee: Committee
  try {
    committee = await payload.findByID({
      collection: 'committees',
      id,
      depth: 0,
      locale,
      ...as(member),
    })
  } catch {
    return null
  }
  const profile = { name: true, veteran: true, sectors: true, skills: true } as const
  const namesOf = async (ids: number[]) =>
    ids.length === 0
      ? []
      : ((
          await payload.find({
            collection: 'members',
            where: { id: { in: ids } },
            select: profile,
            pagination: false,
            depth: 0,
            locale,
            overrideAccess: true,
          })
        ).docs as HelperProfile[])
  const memberIds = idsOf(committee.members)
  const leading = isSameId(committee.lead, member.id)
  const members = (await namesOf(memberIds)).map((m) => asHelper(m))
  if (!leading) return { committee, members, offers: [], suggestions: [], leading }

  const { docs: interests } = await payload.find({
    collection: 'committee-interests',
    where: { committee: { equals: committee.id } },
    pagination: false,
    depth: 0,
    ...as(member),
  })
  const offerIds = idsOf(interests.map((interest) => interest.member))
  const offers = (await namesOf(offerIds))
    .filter((m) => !memberIds.includes(m.id))
    .map((m) => asHelper(m, interests.find((interest) => isSameId(interest.member, m.id))?.message))

  const suggestions = await suggestedHelpers(
    member,
    {
      sectors: [...new Set(members.flatMap((m) => m.sectors))],
      words: `${committee.name ?? ''} ${committee.purpose ?? ''}`.split(/\s+/),
    },
    offerIds,
    locale,
  )
  return { committee, members, offers, suggestions, leading }
}

/**
 * "I'd like to help": records the offer, once (the database's unique index holds it). The CMS
 * queues the email that tells the lead, in the lead's language, in the same transaction.
 */
export const offerHelp = async (
  member: Member,
  committeeId: number,
  message: string,
): Promise<Refusal | null> => {
  const payload = await cms()
  return attempt(async () => {
    const existing = await payload.count({
      collection: 'committee-interests',
      where: { committee: { equals: committeeId }, member: { equals: member.id } },
      ...as(member),
    })
    if (existing.totalDocs > 0) return
    await payload.create({
      collection: 'committee-interests',
      data: { committee: committeeId, member: member.id, message: message || undefined },
      depth: 0,
      ...as(member),
    })
  })
}

/** The lead sets the committee's members; the CMS's rules (size, duration, mix) decide. */
export const setCommitteeMembers = async (
  member: Member,
  committeeId: number,
  memberIds: number[],
): Promise<Refusal | null> => {
  const payload = await cms()
  return attempt(() =>
    payload.update({
      collection: 'committees',
      id: committeeId,
      data: { members: memberIds },
      depth: 0,
      ...as(member),
    }),
  )
}
