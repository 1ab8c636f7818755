import type { CollectionBeforeChangeHook } from 'payload'

import { fail } from '@fazaa/shared/rules/result'
import { checkVoteAllowed } from '@fazaa/shared/rules/voteEligibility'
import { idOf, isAdminUser, isSameId } from '../../../access/roles'
import { assertRule } from '../../../lib/ruleError'
import type { Vote } from '../../../payload-types'
import * as clock from '@fazaa/shared/clock'

/**
 * Rule 4: the voter is always the signed-in member; only active members vote, only on a proposal
 * in `voting` and inside its window, once per proposal (the unique index holds the race).
 */
export const enforceVoteRules: CollectionBeforeChangeHook<Vote> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const now = clock.now()
  if (operation === 'create' && req.user) {
    // The admin's form offers the choice as `recordedChoice` (see the collection).
    data.choice = data.recordedChoice ?? data.choice
    // An admin may record another member's vote (taken by phone or in the meeting), marked as
    // such; everyone else, admins voting for themselves included, votes as themselves.
    const onBehalf =
      isAdminUser(req.user) && data.member != null && !isSameId(data.member, req.user.id)
    if (onBehalf) {
      if (!data.recordedHow) assertRule(fail('vote-recorded-how'), req)
      data.recordedBy = req.user.id
    } else {
      data.member = req.user.id
      data.recordedBy = null
      data.recordedHow = null
    }
  }
  delete data.recordedChoice
  // A member changing a vote the management recorded makes it their own.
  if (operation === 'update') {
    data.recordedBy = null
    data.recordedHow = null
  }
  const memberId = idOf(operation === 'create' ? data.member : originalDoc?.member)
  const proposalId = idOf(operation === 'create' ? data.proposal : originalDoc?.proposal)
  if (memberId == null || proposalId == null) return data

  // Sequential: both reads share the request's transaction connection.
  const member = await req.payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    select: { status: true },
    req,
  })
  const proposal = await req.payload.findByID({
    collection: 'proposals',
    id: proposalId,
    depth: 0,
    select: { status: true, votingOpensAt: true, votingClosesAt: true },
    req,
  })
  assertRule(checkVoteAllowed({ memberStatus: member.status, proposal }, now), req)

  if (operation === 'create') {
    const existing = await req.payload.count({
      collection: 'votes',
      where: { proposal: { equals: proposalId }, member: { equals: memberId } },
      req,
    })
    if (existing.totalDocs > 0) assertRule(fail('vote-duplicate'), req)
  }
  data.castAt = now.toISOString()
  return data
}
