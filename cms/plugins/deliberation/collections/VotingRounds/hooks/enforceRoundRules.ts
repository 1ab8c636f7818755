import type { CollectionBeforeChangeHook } from 'payload'

import * as clock from '@fazaa/shared/clock'
import { fail } from '@fazaa/shared/rules/result'
import { checkRoundChange, checkTieDecision } from '@fazaa/shared/rules/votingRound'
import { idOf, isSameId } from '../../../../../access/roles'
import { assertRule } from '../../../../../lib/ruleError'
import type { VotingRound } from '../../../../../payload-types'
import { settleRoundProposals } from '../../../lib/settleRoundProposals'

const sameText = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim() === (b ?? '').trim()

/**
 * The management plans a round (window, quorum) and changes it only before it opens; the close
 * job alone records outcomes. A tie is the one decision the management writes: the winner among
 * the tied proposals and a reason, which settles the proposals and drafts the campaign at once.
 */
export const enforceRoundRules: CollectionBeforeChangeHook<VotingRound> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  // The close job writes the outcome itself (ROUND_CONTEXT).
  if (req.context.fazaaRound === true) return data
  const before = operation === 'update' ? (originalDoc ?? null) : null
  const merged = { ...originalDoc, ...data } as VotingRound
  assertRule(checkRoundChange({ before, after: merged, now: clock.now() }), req)

  const winnerChanged = data.winner !== undefined && !isSameId(data.winner, before?.winner ?? null)
  const reasonChanged =
    data.decisionReason !== undefined && !sameText(data.decisionReason, before?.decisionReason)
  if (!winnerChanged && !reasonChanged) return data

  const between = (before?.tiedProposals ?? []).map(idOf)
  if (before?.status !== 'tied')
    assertRule(fail('round-tie-winner', { count: between.length }), req)
  assertRule(
    checkTieDecision({ between, winner: idOf(merged.winner), reason: merged.decisionReason }),
    req,
  )
  data.status = 'decided'
  data.decidedBy = req.user?.id ?? null
  data.campaign = await settleRoundProposals(
    req,
    { id: before!.id, closesAt: before!.closesAt },
    idOf(merged.winner) as number,
  )
  return data
}
