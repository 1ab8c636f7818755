import type { VoteChoice } from '../domain/vocabulary'

export interface TallyInput<Id> {
  id: Id
  /** When the proposal was submitted: the tie-breaker, earliest first. */
  submittedAt: Date | string
  votes: readonly VoteChoice[]
}

export interface TallyRow<Id> {
  id: Id
  yes: number
  no: number
  abstain: number
  total: number
  rank: number
}

/**
 * Ranks a round's proposals: most yes first, then fewer no, then the earliest submitted.
 * Only totals leave this function; who voted what never does.
 */
export const tallyRound = <Id>(proposals: readonly TallyInput<Id>[]): TallyRow<Id>[] => {
  const rows = proposals.map((proposal) => {
    const count = (choice: VoteChoice) => proposal.votes.filter((vote) => vote === choice).length
    return {
      id: proposal.id,
      yes: count('yes'),
      no: count('no'),
      abstain: count('abstain'),
      total: proposal.votes.length,
      submittedAt: new Date(proposal.submittedAt).getTime(),
    }
  })
  rows.sort((a, b) => b.yes - a.yes || a.no - b.no || a.submittedAt - b.submittedAt)
  return rows.map(({ submittedAt: _submittedAt, ...row }, index) => ({ ...row, rank: index + 1 }))
}
