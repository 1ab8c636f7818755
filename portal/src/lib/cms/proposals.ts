import type { Member, Proposal, Vote } from '@fazaa/cms/types'

import { isSameId } from '@fazaa/cms/access/roles'
import { richText } from '@fazaa/cms/lib/plainRichText'
import { DEFAULT_CURRENCY, type Sector, type VoteChoice } from '@fazaa/shared/domain/vocabulary'
import type { Locale } from '@fazaa/shared/i18n/locales'
import type { TallyRow } from '@fazaa/shared/rules/tally'
import * as clock from '@fazaa/shared/clock'
import { as, attempt, idsOf, orNothing } from './asMember'
import { cms } from './client'
import { suggestedHelpers, type Helper } from './helpers'
import { refusalOf, type Refusal } from './refusal'
import { choiceOn, myVotesOn, roundIdOf, roundOf, roundResults, type RoundView } from './votes'

// Proposals as members see and make them: the list, one proposal's page, submitting and editing.

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
  /** How the management took the member's vote, when it recorded it for them (and they have not changed it). */
  recordedHow: Vote['recordedHow']
  /** After the vote closes: the round's totals and ranking (never who voted what). */
  results: (TallyRow<number> & { title: string })[] | null
  /** Its voting round: turnout so far and what is still needed, then the outcome and its reason. */
  round: RoundView | null
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
  const [votes, results, round, suggestions] = await Promise.all([
    myVotesOn(member, [proposal.id]),
    proposal.votingClosesAt && new Date(proposal.votingClosesAt) <= clock.now()
      ? roundResults(proposal, member, locale)
      : Promise.resolve(null),
    roundOf(roundIdOf(proposal), member),
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
  const mine = votes.find((vote) => isSameId(vote.proposal, proposal.id))
  return {
    proposal,
    suggestions,
    myChoice: choiceOn(votes, proposal.id),
    recordedHow: mine?.recordedBy != null ? (mine.recordedHow ?? 'meeting') : null,
    results,
    round,
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

/** The proposer edits their proposal before the vote (the workflow hook says when it is locked). */
export const updateProposal = async (
  member: Member,
  id: number,
  draft: ProposalDraft,
  status: Proposal['status'],
  locale: Locale,
): Promise<Refusal | null> => {
  const payload = await cms()
  return attempt(() =>
    payload.update({
      collection: 'proposals',
      id,
      locale,
      data: proposalData(draft, status),
      depth: 0,
      ...as(member),
    }),
  )
}

/** The proposer withdraws their proposal (before the vote; the workflow hook says when not). */
export const withdrawProposal = async (member: Member, id: number): Promise<Refusal | null> => {
  const payload = await cms()
  return attempt(() =>
    payload.update({
      collection: 'proposals',
      id,
      data: { status: 'withdrawn' },
      depth: 0,
      ...as(member),
    }),
  )
}
