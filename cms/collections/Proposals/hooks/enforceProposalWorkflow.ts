import type { CollectionBeforeChangeHook } from 'payload'

import {
  checkNewProposalStatus,
  checkProposalTexts,
  checkProposalTransition,
  isProposalEditable,
  type ProposalActor,
} from '@fazaa/shared/rules/proposalTransition'
import { fail } from '@fazaa/shared/rules/result'
import { isAdminUser, isSameId } from '../../../access/roles'
import { limitsOf } from '../../../lib/configuredLimits'
import { assertRule } from '../../../lib/ruleError'
import type { Proposal } from '../../../payload-types'
import * as clock from '@fazaa/shared/clock'

/**
 * Rule 5: the proposer is the signed-in member; proposals move along their lifecycle, only the
 * management opens votes and decides, and a vote opens only on a concrete, small project.
 */
export const enforceProposalWorkflow: CollectionBeforeChangeHook<Proposal> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const limits = limitsOf(req.payload.config)
  // Members always propose as themselves; an admin may record a proposal for a member.
  if (operation === 'create' && req.user && (!isAdminUser(req.user) || data.proposer == null)) {
    data.proposer = req.user.id
  }

  const merged = { ...originalDoc, ...data } as Proposal
  // Before the fields' own maxLength: the refusal then names the rule and the numbers.
  assertRule(checkProposalTexts(data), req)
  // Local API calls without a user are the platform itself (seed, jobs): they act as admins;
  // a voting round's own writes (deliberation plugin) decide the vote.
  const actor: ProposalActor =
    req.context.fazaaRound === true
      ? 'round'
      : !req.user || isAdminUser(req.user)
        ? 'admin'
        : isSameId(merged.proposer, req.user.id)
          ? 'proposer'
          : 'other'
  const to = merged.status ?? 'draft'
  if (operation === 'create') {
    assertRule(checkNewProposalStatus({ status: to, actor }, merged, limits), req)
    if (to !== 'draft') data.submittedAt ??= clock.now().toISOString()
    return data
  }
  const from = originalDoc?.status ?? 'draft'
  if (actor !== 'admin' && actor !== 'round' && !isProposalEditable(from))
    assertRule(fail('proposal-locked'), req)
  assertRule(
    checkProposalTransition({ from, to, actor, proposal: merged, now: clock.now() }, limits),
    req,
  )
  if (to === 'submitted' && from !== 'submitted') data.submittedAt = clock.now().toISOString()
  return data
}
