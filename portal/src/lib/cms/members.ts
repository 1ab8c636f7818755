import type { Campaign, Committee, Meeting, Member, Proposal, Vote } from '@fazaa/cms/types'

import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { APIError, ValidationError } from 'payload'

import { richText } from '../../../../cms/lib/plainRichText'
import {
  DEFAULT_CURRENCY,
  type Sector,
  type VoteChoice,
} from '../../../../shared/domain/vocabulary'
import type { Locale, Localized } from '../../../../shared/i18n/locales'
import { tallyRound, type TallyRow } from '../../../../shared/rules/tally'
import { cms } from './client'
import { getCurrentCampaign } from './content'

/**
 * What a signed-in member reads and does. Every call runs as that member (`user`, and
 * `overrideAccess: false`): the CMS's access rules and workflow hooks decide, exactly as in the
 * admin panel and the REST API.
 */
const as = (member: Member) => ({ user: member, overrideAccess: false as const })

export interface OpenVote {
  proposal: Proposal
  choice: VoteChoice | null
}

export interface MySpace {
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
  votes.find(
    (vote) => (typeof vote.proposal === 'object' ? vote.proposal.id : vote.proposal) === proposalId,
  )?.choice ?? null

/** "My space": what needs the member now. */
export const getMySpace = async (member: Member, locale: Locale): Promise<MySpace> => {
  const payload = await cms()
  const now = new Date().toISOString()
  const [voting, committees, meetings, campaign] = await Promise.all([
    payload.find({
      collection: 'proposals',
      where: { status: { equals: 'voting' }, votingClosesAt: { greater_than: now } },
      sort: 'votingClosesAt',
      pagination: false,
      depth: 0,
      locale,
      ...as(member),
    }),
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
    payload.find({
      collection: 'meetings',
      where: { status: { equals: 'planned' }, startsAt: { greater_than_equal: now } },
      sort: 'startsAt',
      limit: 5,
      depth: 0,
      locale,
      ...as(member),
    }),
    getCurrentCampaign(locale),
  ])
  const votes = await myVotesOn(
    member,
    voting.docs.map((proposal) => proposal.id),
  )
  return {
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
  const { docs } = await payload.find({
    collection: 'proposals',
    where: status ? { status: { equals: status } } : {},
    sort: ['-votingClosesAt', '-createdAt'],
    pagination: false,
    depth: 1,
    locale,
    ...as(member),
  })
  return docs
}

export interface ProposalPage {
  proposal: Proposal
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
    FROM votes WHERE proposal_id IN ${sql.raw(`(${ids.map(Number).join(',')})`)}
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
  const [votes, results] = await Promise.all([
    myVotesOn(member, [proposal.id]),
    proposal.votingClosesAt && new Date(proposal.votingClosesAt) <= new Date()
      ? roundResults(proposal, member, locale)
      : Promise.resolve(null),
  ])
  return { proposal, myChoice: choiceOn(votes, proposal.id), results }
}

/** A refusal from the CMS, in both languages, naming the rule when there is one. */
export interface Refusal {
  rule: string | null
  message: Localized
}

/** Turns the CMS's refusal of a member's action into words for the member; rethrows the rest. */
const refusalOf = (error: unknown): Refusal => {
  if (error instanceof APIError && error.status === 400) {
    const data = error.data as { rule?: string; messages?: Localized } | undefined
    if (data?.messages) return { rule: data.rule ?? null, message: data.messages }
  }
  if (error instanceof ValidationError) {
    return { rule: null, message: { ar: error.message, en: error.message } }
  }
  if (error instanceof APIError && (error.status === 403 || error.status === 404)) {
    return {
      rule: 'forbidden',
      message: { ar: 'لا تملك الإذن بهذا.', en: 'You are not allowed to do this.' },
    }
  }
  throw error
}

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

const proposalData = (draft: ProposalDraft, status: 'draft' | 'submitted') => ({
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
