import type { Payload, PayloadRequest } from 'payload'

import type { VoteChoice } from '@fazaa/shared/domain/vocabulary'
import { tallyRound, type TallyRow } from '@fazaa/shared/rules/tally'
import { countVotes } from '../../../lib/voteCounts'

/**
 * A round's proposals ranked by the shared tally rule, from the database's vote counts: totals
 * only ever leave it, never who voted what. The close, the admin's results and the members'
 * results all rank this way.
 */
export const rankProposals = async (
  payload: Payload,
  proposals: readonly { id: number; submittedAt?: string | null; createdAt: string }[],
  req?: PayloadRequest,
): Promise<TallyRow<number>[]> => {
  const counts = await countVotes(
    payload,
    proposals.map((proposal) => proposal.id),
    req,
  )
  return tallyRound(
    proposals.map((proposal) => ({
      id: proposal.id,
      submittedAt: proposal.submittedAt ?? proposal.createdAt,
      votes: counts
        .filter((row) => row.proposal === proposal.id)
        .flatMap((row) => Array<VoteChoice>(row.count).fill(row.choice)),
    })),
  )
}
