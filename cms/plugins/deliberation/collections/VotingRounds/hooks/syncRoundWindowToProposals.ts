import type { CollectionAfterChangeHook } from 'payload'

import type { VotingRound } from '../../../../../payload-types'

/** Marks the proposals' own writes of a round's window, so they do not look for a round again. */
export const ROUND_SYNC_CONTEXT = { fazaaRoundSync: true } as const

/**
 * A round's window is its proposals' voting window: the vote rules, the reminders and the ballot
 * read it from each proposal. A changed window (planned anew before opening, or extended by the
 * close) is written to every proposal of the round, in the same transaction.
 */
export const syncRoundWindowToProposals: CollectionAfterChangeHook<VotingRound> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const same = (a?: string | null, b?: string | null) =>
    (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)
  if (same(doc.opensAt, previousDoc?.opensAt) && same(doc.closesAt, previousDoc?.closesAt))
    return doc
  await req.payload.update({
    collection: 'proposals',
    where: { round: { equals: doc.id }, status: { equals: 'voting' } },
    data: { votingOpensAt: doc.opensAt, votingClosesAt: doc.closesAt },
    depth: 0,
    req,
    context: { ...req.context, ...ROUND_SYNC_CONTEXT },
  })
  return doc
}
