import type { CollectionBeforeChangeHook } from 'payload'

import { checkCommitteeDuration } from '@fazaa/shared/rules/committeeDuration'
import { checkNewSeatsActive } from '@fazaa/shared/rules/committeeMembership'
import { checkCommitteeMix } from '@fazaa/shared/rules/committeeMix'
import { checkCommitteeSize, committeeSeatLimit } from '@fazaa/shared/rules/committeeSize'
import { fail } from '@fazaa/shared/rules/result'
import { idOf } from '../../../access/roles'
import { limitsOf } from '../../../lib/configuredLimits'
import { assertRule } from '../../../lib/ruleError'
import type { Committee } from '../../../payload-types'

/** Rules 1-3 on every committee write: size, duration, and the veteran/newcomer mix. */
export const enforceCommitteeRules: CollectionBeforeChangeHook<Committee> = async ({
  data,
  originalDoc,
  req,
}) => {
  const limits = limitsOf(req.payload.config)
  const merged = { ...originalDoc, ...data } as Committee
  if (originalDoc?.status === 'completed' && req.context.fazaaSystem !== true) {
    assertRule(fail('committee-completed'), req)
  }

  const leadId = idOf(merged.lead)
  const memberIds = (merged.members ?? []).map(idOf).filter((id) => id != null)
  // The lead is a member of their committee: add them when the list leaves them out.
  if (leadId != null && !memberIds.some((id) => String(id) === String(leadId))) {
    memberIds.unshift(leadId)
    data.members = memberIds as number[]
  }
  data.seatLimit = committeeSeatLimit(merged.kind, limits)

  assertRule(checkCommitteeSize({ kind: merged.kind, memberIds, leadId }, limits), req)
  assertRule(checkCommitteeDuration(merged, limits), req)

  const seated = new Set((originalDoc?.members ?? []).map((member) => String(idOf(member))))
  const added = memberIds.filter((id) => !seated.has(String(id)))
  if (added.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'members',
      where: { id: { in: added } },
      select: { name: true, status: true },
      pagination: false,
      depth: 0,
      req,
    })
    assertRule(
      checkNewSeatsActive(docs.map(({ name, status }) => ({ name: name ?? '', status }))),
      req,
    )
  }

  if (merged.status === 'active' && memberIds.length >= 2) {
    const { docs } = await req.payload.find({
      collection: 'members',
      where: { id: { in: memberIds } },
      select: { veteran: true },
      pagination: false,
      depth: 0,
      req,
    })
    const countActive = (veteran: boolean) =>
      req.payload
        .count({
          collection: 'members',
          where: { status: { equals: 'active' }, veteran: { equals: veteran } },
          req,
        })
        .then(({ totalDocs }) => totalDocs)
    // One after the other: both run on the request's transaction, a single connection.
    const veterans = await countActive(true)
    const newcomers = await countActive(false)
    assertRule(
      checkCommitteeMix({
        memberIsVeteran: docs.map((member) => member.veteran === true),
        fellowshipHasVeterans: veterans > 0,
        fellowshipHasNewcomers: newcomers > 0,
      }),
      req,
    )
  }
  return data
}
