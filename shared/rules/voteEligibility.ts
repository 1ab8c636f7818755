import type { MemberStatus, ProposalStatus } from '../domain/vocabulary'
import { fail, ok, type RuleResult } from './result'

export interface VotingWindow {
  votingOpensAt?: Date | string | null
  votingClosesAt?: Date | string | null
}

/** True while now is inside [opensAt, closesAt): the close instant itself is already too late. */
export const isVotingOpen = ({ votingOpensAt, votingClosesAt }: VotingWindow, now: Date): boolean =>
  !!votingOpensAt &&
  !!votingClosesAt &&
  new Date(votingOpensAt).getTime() <= now.getTime() &&
  now.getTime() < new Date(votingClosesAt).getTime()

/** Milliseconds of voting left (0 once closed), for "2 days left" in the portal. */
export const votingTimeLeft = ({ votingClosesAt }: VotingWindow, now: Date): number =>
  votingClosesAt ? Math.max(0, new Date(votingClosesAt).getTime() - now.getTime()) : 0

/**
 * Rule 4: a vote is cast or changed only by an active member, only on a proposal in `voting`,
 * and only inside its window.
 */
export const checkVoteAllowed = (
  {
    memberStatus,
    proposal,
  }: { memberStatus: MemberStatus; proposal: VotingWindow & { status: ProposalStatus } },
  now: Date,
): RuleResult => {
  if (memberStatus !== 'active') return fail('vote-member-not-active')
  if (proposal.status !== 'voting') return fail('vote-proposal-not-voting')
  const { votingOpensAt, votingClosesAt } = proposal
  if (!votingOpensAt || !votingClosesAt) return fail('vote-proposal-not-voting')
  if (now < new Date(votingOpensAt)) {
    return fail('vote-not-open-yet', { opensAt: new Date(votingOpensAt).toISOString() })
  }
  if (!isVotingOpen(proposal, now)) {
    return fail('vote-closed', { closesAt: new Date(votingClosesAt).toISOString() })
  }
  return ok()
}
