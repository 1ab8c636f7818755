import type { PayloadRequest } from 'payload'

import { isSameId } from '../../../access/roles'
import { campaignDraftFromProposal } from './campaignDraftFromProposal'

/** What marks a write as the round's own: the proposals' workflow lets it decide them. */
export const ROUND_CONTEXT = { fazaaRound: true } as const

/**
 * The end of a round for its proposals: the winner, if any, is `selected` with next month's
 * campaign drafted from it; every other proposal still in the vote is `not-selected`. In the
 * caller's transaction; returns the draft's id.
 */
export const settleRoundProposals = async (
  req: PayloadRequest,
  round: { id: number; closesAt: string },
  winner: number | null,
): Promise<number | null> => {
  const { docs } = await req.payload.find({
    collection: 'proposals',
    where: { round: { equals: round.id }, status: { equals: 'voting' } },
    select: { status: true },
    pagination: false,
    depth: 0,
    req,
  })
  const campaign =
    winner != null ? await campaignDraftFromProposal(req, winner, new Date(round.closesAt)) : null
  for (const proposal of docs) {
    const won = isSameId(proposal.id, winner)
    await req.payload.update({
      collection: 'proposals',
      id: proposal.id,
      data: won ? { status: 'selected', campaign } : { status: 'not-selected' },
      depth: 0,
      req,
      context: ROUND_CONTEXT,
    })
  }
  return campaign
}
