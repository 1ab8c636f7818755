import type { Member } from '@fazaa/cms/types'

import type { CountryCode } from '@fazaa/shared/domain/countries'
import type { LanguageCode } from '@fazaa/shared/domain/languages'
import type { Sector } from '@fazaa/shared/domain/vocabulary'
import type { Locale } from '@fazaa/shared/i18n/locales'
import * as clock from '@fazaa/shared/clock'
import { as, attempt } from './asMember'
import { cms } from './client'
import type { Refusal } from './refusal'

// The member's own profile: editing it, taking their data, leaving.

export interface ProfileChanges {
  name: string
  country: CountryCode | null
  city: string
  phone: string
  sectors: Sector[]
  skills: string[]
  languages: LanguageCode[]
  bio: string
  timeZone: string
  locale: Locale
  digestOptIn: boolean
  remindersOptIn: boolean
  showInDirectory: boolean
  showContactToMembers: boolean
}

/** The member edits their own profile and privacy; role and status stay the admins'. */
export const updateProfile = async (
  member: Member,
  changes: ProfileChanges,
  locale: Locale,
): Promise<Refusal | null> => {
  const payload = await cms()
  return attempt(() =>
    payload.update({
      collection: 'members',
      id: member.id,
      locale,
      data: {
        name: changes.name,
        country: changes.country,
        city: changes.city,
        phone: changes.phone,
        sectors: changes.sectors,
        skills: changes.skills,
        languages: changes.languages,
        bio: changes.bio,
        timeZone: changes.timeZone,
        locale: changes.locale,
        digestOptIn: changes.digestOptIn,
        remindersOptIn: changes.remindersOptIn,
        privacy: {
          showInDirectory: changes.showInDirectory,
          showContactToMembers: changes.showContactToMembers,
        },
      },
      depth: 0,
      ...as(member),
    }),
  )
}

/**
 * Everything the platform holds about the member, as they may read it: their profile, their
 * proposals, their votes and their committees (GDPR art. 15 and 20, in JSON).
 */
export const exportMyData = async (member: Member) => {
  const payload = await cms()
  const read = { pagination: false as const, depth: 0, ...as(member) }
  const [profile, proposals, votes, committees, donations] = await Promise.all([
    payload.findByID({ collection: 'members', id: member.id, depth: 0, ...as(member) }),
    payload.find({
      collection: 'proposals',
      where: { proposer: { equals: member.id } },
      // Every language the member or the management wrote it in.
      locale: 'all',
      ...read,
    }),
    payload.find({ collection: 'votes', where: { member: { equals: member.id } }, ...read }),
    payload.find({
      collection: 'committees',
      where: { or: [{ members: { in: [member.id] } }, { lead: { equals: member.id } }] },
      ...read,
    }),
    // Who gave is private even from the giver's reading rights; these are this member's own.
    payload.find({
      collection: 'donations',
      where: { donorMember: { equals: member.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: {
        campaign: true,
        amount: true,
        currency: true,
        status: true,
        receivedAt: true,
        anonymous: true,
        donorName: true,
        message: true,
      },
    }),
  ])
  return {
    exportedAt: clock.now().toISOString(),
    profile,
    proposals: proposals.docs,
    votes: votes.docs,
    committees: committees.docs,
    donations: donations.docs,
  }
}

/**
 * The member leaves: status `left` and the profile hidden from the directory. Members may not set
 * their own status (the admins decide who is active); leaving is the one change they make to it,
 * so this is done on their behalf, for this member only.
 */
export const leaveFellowship = async (member: Member): Promise<void> => {
  const payload = await cms()
  await payload.update({
    collection: 'members',
    id: member.id,
    data: {
      status: 'left',
      privacy: { showInDirectory: false, showContactToMembers: false },
      digestOptIn: false,
      remindersOptIn: false,
    },
    depth: 0,
    overrideAccess: true,
  })
}
