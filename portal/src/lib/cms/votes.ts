import type { Member, Proposal, Vote, VotingRound } from '@fazaa/cms/types'

import { idOf, isSameId } from '@fazaa/cms/access/roles'
import { rankProposals } from '@fazaa/cms/plugins/deliberation/lib/roundTally'
import { roundTurnout } from '@fazaa/cms/plugins/deliberation/lib/roundTurnout'
import { recordedTurnout, type Turnout } from '@fazaa/shared/rules/votingRound'
import type { VoteChoice } from '@fazaa/shared/domain/vocabulary'
import type { Locale } from '@fazaa/shared/i18n/locales'
import { as, upsertMine } from './asMember'
import { cms } from './client'
import type { Refusal } from './refusal'

/** The member's own votes on some proposals (votes are readable by their owner only). */
export const myVotesOn = async (member: Member, proposalIds: number[]): Promise<Vote[]> => {
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

export const choiceOn = (votes: Vote[], proposalId: number): VoteChoice | null =>
  votes.find((vote) => isSameId(vote.proposal, proposalId))?.choice ?? null

/** Casts or changes the member's vote: their one row for the proposal. */
export const castVote = async (
  member: Member,
  proposalId: number,
  choice: VoteChoice,
): Promise<Refusal | null> =>
  upsertMine(
    await cms(),
    member,
    'votes',
    { proposal: { equals: proposalId }, member: { equals: member.id } },
    { proposal: proposalId, member: member.id, choice },
  )

export interface RoundView {
  round: VotingRound
  /** While it is open: who has voted so far, counted now; after the close: what it recorded. */
  turnout: Turnout
}

/** Whether a round is still taking votes (open, or extended for its quorum). */
export const isRoundLive = (round: Pick<VotingRound, 'status'>): boolean =>
  round.status === 'open' || round.status === 'extended'

/** A proposal's voting round and its turnout, as the member may read it; null without one. */
export const roundOf = async (
  roundId: number | null,
  member: Member,
): Promise<RoundView | null> => {
  if (roundId == null) return null
  const payload = await cms()
  const round = await payload
    .findByID({ collection: 'voting-rounds', id: roundId, depth: 0, ...as(member) })
    .catch(() => null)
  if (!round) return null
  const turnout = isRoundLive(round) ? await roundTurnout(payload, round) : recordedTurnout(round)
  return { round, turnout }
}

/** The id of a proposal's round (the relationship populated or not). */
export const roundIdOf = (proposal: Pick<Proposal, 'round'>): number | null => {
  const id = idOf(proposal.round)
  return typeof id === 'number' ? id : null
}

/**
 * The round of a proposal: every proposal decided with it (its voting round; before rounds, the
 * proposals whose vote closed at the same moment), with the CMS's vote counts (never who voted
 * what), ranked by the shared tally rule.
 */
export const roundResults = async (proposal: Proposal, member: Member, locale: Locale) => {
  const payload = await cms()
  const roundId = roundIdOf(proposal)
  const { docs: round } = await payload.find({
    collection: 'proposals',
    where: {
      ...(roundId != null
        ? { round: { equals: roundId } }
        : { votingClosesAt: { equals: proposal.votingClosesAt } }),
      status: { in: ['voting', 'selected', 'not-selected'] },
    },
    pagination: false,
    depth: 0,
    locale,
    ...as(member),
  })
  const ranked = await rankProposals(payload, round)
  return ranked.map((row) => ({ ...row, title: round.find((p) => p.id === row.id)?.title ?? '' }))
}
