import type { Campaign, Committee, Meeting, Member, Proposal, Vote } from '@fazaa/cms/types'

import { randomBytes } from 'node:crypto'

import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { Forbidden, type PaginatedDocs, type Where } from 'payload'

import { idOf, isSameId } from '../../../../cms/access/roles'
import { richText } from '../../../../cms/lib/plainRichText'
import {
  DEFAULT_CURRENCY,
  type Sector,
  type VoteChoice,
} from '../../../../shared/domain/vocabulary'
import type { Locale } from '../../../../shared/i18n/locales'
import { tallyRound, type TallyRow } from '../../../../shared/rules/tally'
import { suggestHelpers } from '../../features/committees/suggestHelpers'
import { cms } from './client'
import { refusalOf, type Refusal } from './refusal'
import { getCurrentCampaign } from './content'
import * as clock from '../../../../shared/clock'

/**
 * What a signed-in member reads and does. Every call runs as that member (`user`, and
 * `overrideAccess: false`): the CMS's access rules and workflow hooks decide, exactly as in the
 * admin panel and the REST API.
 */
const as = (member: Member) => ({ user: member, overrideAccess: false as const })

/** The ids of relationship values, populated or not (the CMS's own `idOf`, typed for lists). */
const idsOf = (values: readonly unknown[] | null | undefined): number[] =>
  (values ?? []).map(idOf).filter((id): id is number => typeof id === 'number')

/**
 * A list the member may not read at all (an applicant and the committees) is, for the page, an
 * empty list: the page explains the member's status instead of failing.
 */
const orNothing = <T>(query: Promise<PaginatedDocs<T>>): Promise<{ docs: T[] }> =>
  query.catch((error: unknown) => {
    if (error instanceof Forbidden) return { docs: [] }
    throw error
  })

export interface OpenVote {
  proposal: Proposal
  choice: VoteChoice | null
}

export interface MySpace {
  /** The member as stored, in the page's language (their display name may differ by language). */
  me: Member
  openVotes: OpenVote[]
  committees: Committee[]
  meetings: Meeting[]
  campaign: Campaign | null
}

/** The member's own votes on some proposals (votes are readable by their owner only). */
const myVotesOn = async (member: Member, proposalIds: number[]): Promise<Vote[]> => {
  if (proposalIds.length === 0) return []
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'votes',
    where: { proposal: { in: proposalIds }, member: { equals: member.id } },
    pagination: false,
    depth: 0,
    ...as(member),
  })
  return docs
}

const choiceOn = (votes: Vote[], proposalId: number): VoteChoice | null =>
  votes.find((vote) => isSameId(vote.proposal, proposalId))?.choice ?? null

/** "My space": what needs the member now. */
export const getMySpace = async (member: Member, locale: Locale): Promise<MySpace> => {
  const payload = await cms()
  const now = clock.now().toISOString()
  const [me, voting, committees, meetings, campaign] = await Promise.all([
    payload.findByID({ collection: 'members', id: member.id, depth: 0, locale, ...as(member) }),
    orNothing(
      payload.find({
        collection: 'proposals',
        where: { status: { equals: 'voting' }, votingClosesAt: { greater_than: now } },
        sort: 'votingClosesAt',
        pagination: false,
        depth: 0,
        locale,
        ...as(member),
      }),
    ),
    orNothing(
      payload.find({
        collection: 'committees',
        where: {
          status: { in: ['forming', 'active'] },
          or: [{ members: { in: [member.id] } }, { lead: { equals: member.id } }],
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
        collection: 'meetings',
        where: { status: { equals: 'planned' }, startsAt: { greater_than_equal: now } },
        sort: 'startsAt',
        limit: 5,
        depth: 0,
        locale,
        ...as(member),
      }),
    ),
    getCurrentCampaign(locale),
  ])
  const votes = await myVotesOn(
    member,
    voting.docs.map((proposal) => proposal.id),
  )
  return {
    me,
    openVotes: voting.docs.map((proposal) => ({ proposal, choice: choiceOn(votes, proposal.id) })),
    committees: committees.docs,
    meetings: meetings.docs,
    campaign,
  }
}

/** Proposals the member may see, newest vote first, optionally of one status. */
export const getProposals = async (
  member: Member,
  locale: Locale,
  status?: Proposal['status'],
): Promise<Proposal[]> => {
  const payload = await cms()
  const { docs } = await orNothing(
    payload.find({
      collection: 'proposals',
      where: status ? { status: { equals: status } } : {},
      sort: ['-votingClosesAt', '-createdAt'],
      pagination: false,
      depth: 1,
      locale,
      ...as(member),
    }),
  )
  return docs
}

export interface ProposalPage {
  proposal: Proposal
  /** Who could carry it out, from the expertise bank (for the committee that may follow). */
  suggestions: Helper[]
  myChoice: VoteChoice | null
  /** After the vote closes: the round's totals and ranking (never who voted what). */
  results: (TallyRow<number> & { title: string })[] | null
}

/**
 * The round of a proposal: every proposal whose vote closed at the same moment. Counts come from
 * one GROUP BY over all votes (the member may not read other members' votes; only the totals
 * leave the database), ranked by the shared tally rule.
 */
const roundResults = async (proposal: Proposal, member: Member, locale: Locale) => {
  const payload = await cms()
  const { docs: round } = await payload.find({
    collection: 'proposals',
    where: {
      votingClosesAt: { equals: proposal.votingClosesAt },
      status: { in: ['voting', 'selected', 'not-selected'] },
    },
    pagination: false,
    depth: 0,
    locale,
    ...as(member),
  })
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const ids = round.map((p) => p.id)
  const { rows } = await db.execute(sql`
    SELECT proposal_id, choice::text AS choice, count(*)::int AS n
    FROM votes WHERE proposal_id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})
    GROUP BY proposal_id, choice
  `)
  const counts = rows as { proposal_id: number; choice: VoteChoice; n: number }[]
  const ranked = tallyRound(
    round.map((p) => ({
      id: p.id,
      submittedAt: p.submittedAt ?? p.createdAt,
      votes: counts
        .filter((row) => row.proposal_id === p.id)
        .flatMap((row) => Array<VoteChoice>(row.n).fill(row.choice)),
    })),
  )
  return ranked.map((row) => ({ ...row, title: round.find((p) => p.id === row.id)?.title ?? '' }))
}

export const getProposalPage = async (
  member: Member,
  id: number,
  locale: Locale,
): Promise<ProposalPage | null> => {
  const payload = await cms()
  let proposal: Proposal
  try {
    proposal = await payload.findByID({
      collection: 'proposals',
      id,
      depth: 1,
      locale,
      ...as(member),
    })
  } catch {
    return null
  }
  const proposerId = idsOf([proposal.proposer])
  const [votes, results, suggestions] = await Promise.all([
    myVotesOn(member, [proposal.id]),
    proposal.votingClosesAt && new Date(proposal.votingClosesAt) <= clock.now()
      ? roundResults(proposal, member, locale)
      : Promise.resolve(null),
    suggestedHelpers(
      member,
      {
        sectors: proposal.sectors ?? [],
        words: `${proposal.title} ${proposal.summary}`.split(/\s+/),
      },
      proposerId,
      locale,
    ),
  ])
  return { proposal, suggestions, myChoice: choiceOn(votes, proposal.id), results }
}

/** A refusal from the CMS, in both languages, naming the rule when there is one. */

/**
 * Casts or changes the member's vote: their one row for the proposal is created or updated (the
 * database's unique index holds "one vote per member" if two posts race).
 */
export const castVote = async (
  member: Member,
  proposalId: number,
  choice: VoteChoice,
): Promise<Refusal | null> => {
  const payload = await cms()
  try {
    const [existing] = await myVotesOn(member, [proposalId])
    if (existing) {
      await payload.update({
        collection: 'votes',
        id: existing.id,
        data: { choice },
        depth: 0,
        ...as(member),
      })
    } else {
      await payload.create({
        collection: 'votes',
        data: { proposal: proposalId, member: member.id, choice },
        depth: 0,
        ...as(member),
      })
    }
    return null
  } catch (error) {
    return refusalOf(error)
  }
}

export interface ProposalDraft {
  title: string
  summary: string
  details: string
  budgetCents: number | null
  weeks: number | null
  sectors: Sector[]
}

const proposalData = (draft: ProposalDraft, status: Proposal['status']) => ({
  title: draft.title,
  summary: draft.summary,
  body: draft.details ? richText(...draft.details.split(/\n\s*\n/)) : undefined,
  estimatedBudget: { amount: draft.budgetCents, currency: DEFAULT_CURRENCY },
  estimatedDurationWeeks: draft.weeks,
  sectors: draft.sectors,
  status,
})

/** Submits (or saves as a draft) a member's proposal; the workflow hook checks the rules. */
export const submitProposal = async (
  member: Member,
  draft: ProposalDraft,
  status: 'draft' | 'submitted',
  locale: Locale,
): Promise<{ id: number } | Refusal> => {
  const payload = await cms()
  try {
    const created = await payload.create({
      collection: 'proposals',
      locale,
      data: proposalData(draft, status),
      depth: 0,
      ...as(member),
    })
    return { id: created.id }
  } catch (error) {
    return refusalOf(error)
  }
}

/** The proposer withdraws their proposal (before the vote; the workflow hook says when not). */
export const withdrawProposal = async (member: Member, id: number): Promise<Refusal | null> => {
  const payload = await cms()
  try {
    await payload.update({
      collection: 'proposals',
      id,
      data: { status: 'withdrawn' },
      depth: 0,
      ...as(member),
    })
    return null
  } catch (error) {
    return refusalOf(error)
  }
}

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

export interface ProfileChanges {
  name: string
  country: string
  city: string
  phone: string
  sectors: Sector[]
  skills: string[]
  languages: string[]
  bio: string
  timeZone: string
  locale: Locale
  digestOptIn: boolean
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
  try {
    await payload.update({
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
        privacy: {
          showInDirectory: changes.showInDirectory,
          showContactToMembers: changes.showContactToMembers,
        },
      },
      depth: 0,
      ...as(member),
    })
    return null
  } catch (error) {
    return refusalOf(error)
  }
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
    payload.find({ collection: 'proposals', where: { proposer: { equals: member.id } }, ...read }),
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
    },
    depth: 0,
    overrideAccess: true,
  })
}

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

export interface Helper {
  id: number
  name: string
  veteran: boolean
  sectors: Sector[]
  skills: string[]
  message?: string | null
}

export interface CommitteePage {
  committee: Committee
  members: Helper[]
  /** For the lead: who offered to help, and who else could (suggested); empty for others. */
  offers: Helper[]
  suggestions: Helper[]
  leading: boolean
}

type HelperProfile = Pick<Member, 'id' | 'name' | 'veteran' | 'sectors' | 'skills'>

const asHelper = (m: HelperProfile, message?: string | null): Helper => ({
  id: m.id,
  name: m.name,
  veteran: m.veteran ?? false,
  sectors: m.sectors ?? [],
  skills: m.skills ?? [],
  message,
})

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
 * "I'd like to help": records the offer (once; the database's unique index holds it) and tells the
 * lead by email, in the lead's language.
 */
export const offerHelp = async (
  member: Member,
  committeeId: number,
  message: string,
): Promise<Refusal | null> => {
  const payload = await cms()
  try {
    const existing = await payload.count({
      collection: 'committee-interests',
      where: { committee: { equals: committeeId }, member: { equals: member.id } },
      ...as(member),
    })
    if (existing.totalDocs > 0) return null
    await payload.create({
      collection: 'committee-interests',
      data: { committee: committeeId, member: member.id, message: message || undefined },
      depth: 0,
      ...as(member),
    })
  } catch (error) {
    return refusalOf(error)
  }
  const committee = await payload.findByID({
    collection: 'committees',
    id: committeeId,
    depth: 1,
    overrideAccess: true,
  })
  const lead = typeof committee.lead === 'object' ? committee.lead : null
  if (lead?.email) {
    const ar = lead.locale !== 'en'
    await payload.sendEmail({
      to: lead.email,
      subject: ar ? `عرض مساعدة للجنة: ${committee.name}` : `An offer to help: ${committee.name}`,
      text: ar
        ? `${member.name} يريد المساعدة في «${committee.name}».\n\n${message}\n\nاختر من عروض المساعدة في صفحة اللجنة.`
        : `${member.name} would like to help with "${committee.name}".\n\n${message}\n\nChoose among the offers on the committee's page.`,
    })
  }
  return null
}

/** The lead sets the committee's members; the CMS's rules (size, duration, mix) decide. */
export const setCommitteeMembers = async (
  member: Member,
  committeeId: number,
  memberIds: number[],
): Promise<Refusal | null> => {
  const payload = await cms()
  try {
    await payload.update({
      collection: 'committees',
      id: committeeId,
      data: { members: memberIds },
      depth: 0,
      ...as(member),
    })
    return null
  } catch (error) {
    return refusalOf(error)
  }
}

export interface MyMeeting {
  meeting: Meeting
  answer: 'yes' | 'no' | null
}

/** Meetings the member can attend, with the online link (members only) and their answer. */
export const getMyMeetings = async (member: Member, locale: Locale): Promise<MyMeeting[]> => {
  const payload = await cms()
  const { docs } = await orNothing(
    payload.find({
      collection: 'meetings',
      where: {
        status: { equals: 'planned' },
        startsAt: { greater_than_equal: clock.now().toISOString() },
      },
      sort: 'startsAt',
      limit: 20,
      depth: 0,
      locale,
      ...as(member),
    }),
  )
  const { docs: answers } = await orNothing(
    payload.find({
      collection: 'meeting-rsvps',
      where: { member: { equals: member.id }, meeting: { in: docs.map((m) => m.id) } },
      pagination: false,
      depth: 0,
      ...as(member),
    }),
  )
  return docs.map((meeting) => ({
    meeting,
    answer: answers.find((rsvp) => isSameId(rsvp.meeting, meeting.id))?.answer ?? null,
  }))
}

/** "Will you come?": the member's one answer per meeting, created or changed. */
export const answerMeeting = async (
  member: Member,
  meetingId: number,
  answer: 'yes' | 'no',
): Promise<Refusal | null> => {
  const payload = await cms()
  try {
    const { docs } = await payload.find({
      collection: 'meeting-rsvps',
      where: { member: { equals: member.id }, meeting: { equals: meetingId } },
      limit: 1,
      depth: 0,
      ...as(member),
    })
    if (docs[0]) {
      await payload.update({
        collection: 'meeting-rsvps',
        id: docs[0].id,
        data: { answer },
        depth: 0,
        ...as(member),
      })
    } else {
      await payload.create({
        collection: 'meeting-rsvps',
        data: { meeting: meetingId, member: member.id, answer },
        depth: 0,
        ...as(member),
      })
    }
    return null
  } catch (error) {
    return refusalOf(error)
  }
}

/**
 * The secret of the member's personal calendar feed, made on first use; `renew` replaces it, so
 * an address shared by mistake stops working. Members may not write the field themselves.
 */
export const calendarTokenOf = async (member: Member, renew = false): Promise<string> => {
  const payload = await cms()
  const current = await payload.findByID({
    collection: 'members',
    id: member.id,
    depth: 0,
    select: { calendarToken: true },
    overrideAccess: true,
  })
  if (current.calendarToken && !renew) return current.calendarToken
  const token = randomBytes(24).toString('base64url')
  await payload.update({
    collection: 'members',
    id: member.id,
    data: { calendarToken: token },
    depth: 0,
    overrideAccess: true,
  })
  return token
}

/**
 * The meetings of a personal calendar feed, read as its member (so with the online link), or
 * null when no member who is still with the fellowship holds that token.
 */
export const meetingsOfCalendarToken = async (
  token: string,
  locale: Locale,
): Promise<Meeting[] | null> => {
  if (token.length < 20) return null
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'members',
    where: { calendarToken: { equals: token }, status: { in: ['active', 'applicant', 'paused'] } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const member = docs[0]
  if (!member) return null
  const { docs: meetings } = await orNothing(
    payload.find({
      collection: 'meetings',
      where: {
        startsAt: {
          greater_than_equal: new Date(clock.now().getTime() - 30 * 86_400_000).toISOString(),
        },
      },
      sort: 'startsAt',
      limit: 100,
      depth: 0,
      locale,
      ...as(member),
    }),
  )
  return meetings
}

/** The proposer edits their proposal before the vote (the workflow hook says when it is locked). */
export const updateProposal = async (
  member: Member,
  id: number,
  draft: ProposalDraft,
  status: Proposal['status'],
  locale: Locale,
): Promise<Refusal | null> => {
  const payload = await cms()
  try {
    await payload.update({
      collection: 'proposals',
      id,
      locale,
      data: proposalData(draft, status),
      depth: 0,
      ...as(member),
    })
    return null
  } catch (error) {
    return refusalOf(error)
  }
}

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
  const words = [
    ...new Set(needs.words.map((word) => word.trim()).filter((word) => word.length > 2)),
  ]
  const fits: Where[] = [
    ...(needs.sectors.length > 0 ? [{ sectors: { in: needs.sectors } }] : []),
    ...words.slice(0, 20).map((word) => ({ skills: { like: word } })),
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
