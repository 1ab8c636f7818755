import type { ProposalStatus } from '../domain/vocabulary'
import { PROPOSAL_LIMITS, type RuleLimits } from './limits'
import { fail, ok, type RuleResult } from './result'

/**
 * Who is moving the proposal: the management, its proposer, anyone else, or its voting round
 * (the close, or the management's decision on a tie, recorded on the round).
 */
export type ProposalActor = 'admin' | 'proposer' | 'other' | 'round'

/** The lifecycle of DOMAIN.md: proposed, discussed with the management, voted, decided. */
const NEXT: Record<ProposalStatus, readonly ProposalStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['in-discussion', 'withdrawn', 'draft'],
  'in-discussion': ['voting', 'submitted', 'withdrawn'],
  voting: ['selected', 'not-selected'],
  selected: [],
  'not-selected': [],
  withdrawn: [],
}

/** Moves only the management makes. */
const ADMIN_ONLY: readonly ProposalStatus[] = [
  'in-discussion',
  'voting',
  'selected',
  'not-selected',
]

/** Statuses in which the proposer may still edit the text and numbers. */
export const isProposalEditable = (status: ProposalStatus): boolean =>
  status === 'draft' || status === 'submitted' || status === 'in-discussion'

/** Where a proposal may go next; out of the vote only its round moves it. */
export const allowedProposalMoves = (
  from: ProposalStatus,
  by: ProposalActor = 'admin',
): readonly ProposalStatus[] => (from === 'voting' && by !== 'round' ? [] : NEXT[from])

/** The stages a new proposal may be recorded at: any but a round's decision. */
export const isNewProposalStatus = (status: ProposalStatus): boolean =>
  status !== 'selected' && status !== 'not-selected'

/**
 * The first step on the shortest way from one status to another (a submitted proposal reaches the
 * vote through the discussion), or null when there is no way. A refused jump names it.
 */
export const stepBetween = (from: ProposalStatus, to: ProposalStatus): ProposalStatus | null => {
  const firstStepTo = new Map<ProposalStatus, ProposalStatus>(NEXT[from].map((s) => [s, s]))
  const queue = [...NEXT[from]]
  while (queue.length) {
    const at = queue.shift()!
    if (at === to) return firstStepTo.get(at)!
    for (const next of NEXT[at]) {
      if (next === from || firstStepTo.has(next)) continue
      firstStepTo.set(next, firstStepTo.get(at)!)
      queue.push(next)
    }
  }
  return null
}

export interface ProposalForVote {
  estimatedBudget?: { amount?: number | null } | null
  estimatedDurationWeeks?: number | null
  votingOpensAt?: Date | string | null
  votingClosesAt?: Date | string | null
}

/**
 * The small-project rule: a budget, and a duration of one to `proposalMaxWeeks` weeks. The portal
 * checks it on the proposal form, before the member submits; opening the vote requires it.
 */
export const checkProposalSize = (
  proposal: Pick<ProposalForVote, 'estimatedBudget' | 'estimatedDurationWeeks'>,
  limits: RuleLimits,
): RuleResult => {
  if (!proposal.estimatedBudget?.amount || proposal.estimatedBudget.amount <= 0) {
    return fail('proposal-budget-required')
  }
  const weeks = proposal.estimatedDurationWeeks
  if (!weeks || weeks < 1 || weeks > limits.proposalMaxWeeks) {
    return fail('proposal-duration', { maxWeeks: limits.proposalMaxWeeks })
  }
  return ok()
}

/**
 * A proposal's texts within their lengths (PROPOSAL_LIMITS): the portal's form says each under
 * its field; the CMS refuses a longer one from REST and the admin in the same words' rule.
 */
export const checkProposalTexts = (proposal: {
  title?: string | null
  summary?: string | null
}): RuleResult => {
  for (const field of ['title', 'summary'] as const) {
    const length = proposal[field]?.length ?? 0
    if (length > PROPOSAL_LIMITS[field]) {
      return fail('proposal-text-too-long', { field, max: PROPOSAL_LIMITS[field], length })
    }
  }
  return ok()
}

/** What opening the vote needs: a small project (budget, duration) and a voting window. */
export const checkReadyForVote = (proposal: ProposalForVote, limits: RuleLimits): RuleResult => {
  const size = checkProposalSize(proposal, limits)
  if (!size.ok) return size
  const { votingOpensAt, votingClosesAt } = proposal
  if (!votingOpensAt || !votingClosesAt || new Date(votingClosesAt) <= new Date(votingOpensAt)) {
    return fail('proposal-window-required')
  }
  return ok()
}

/** Where a new proposal may start: members draft or submit; the management may record any stage. */
export const checkNewProposalStatus = (
  { status, actor }: { status: ProposalStatus; actor: ProposalActor },
  proposal: ProposalForVote,
  limits: RuleLimits,
): RuleResult => {
  if (actor !== 'admin' && status !== 'draft' && status !== 'submitted') {
    return fail('proposal-admin-only', { to: status })
  }
  // A decision is a round's: a proposal is never recorded as chosen without the members' vote.
  if (!isNewProposalStatus(status)) return fail('proposal-decided-by-round')
  return status === 'voting' ? checkReadyForVote(proposal, limits) : ok()
}

/** Rule 5: proposal transitions follow the lifecycle, and each move is made by the right person. */
export const checkProposalTransition = (
  {
    from,
    to,
    actor,
    proposal,
    now,
  }: {
    from: ProposalStatus
    to: ProposalStatus
    actor: ProposalActor
    proposal: ProposalForVote
    /** The clock's time: a vote is decided only once it has closed. */
    now: Date
  },
  limits: RuleLimits,
): RuleResult => {
  if (from === to) return to === 'voting' ? checkReadyForVote(proposal, limits) : ok()
  if (!NEXT[from].includes(to)) {
    const via = stepBetween(from, to)
    return fail('proposal-transition', {
      from,
      to,
      next: NEXT[from].join(','),
      ...(via ? { via } : {}),
    })
  }
  const management = actor === 'admin' || actor === 'round'
  if (ADMIN_ONLY.includes(to) && !management) return fail('proposal-admin-only', { to })
  if (!ADMIN_ONLY.includes(to) && actor === 'other') return fail('proposal-proposer-only')
  if (to === 'voting') return checkReadyForVote(proposal, limits)
  // Only the round decides: at its close by quorum and votes, or on a tie by the management's
  // recorded decision; never one proposal picked by hand.
  if (from === 'voting' && actor !== 'round') return fail('proposal-decided-by-round')
  // Selected or not is the members' answer: an early click would overrule the members still voting.
  const closes = proposal.votingClosesAt ? new Date(proposal.votingClosesAt) : null
  if (from === 'voting' && closes && now < closes) {
    return fail('proposal-vote-still-open', { closesAt: closes.toISOString() })
  }
  return ok()
}
