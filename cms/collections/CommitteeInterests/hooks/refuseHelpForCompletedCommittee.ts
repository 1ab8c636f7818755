import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../access/roles'
import { checkHelpOffer } from '@fazaa/shared/rules/committeeMembership'
import { assertRule } from '../../../lib/ruleError'

/** An offer to help names a committee still at work (shared/rules/committeeMembership.ts). */
export const refuseHelpForCompletedCommittee: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const id = idOf(data.committee)
  if (id == null) return data
  const committee = await req.payload.findByID({
    collection: 'committees',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    select: { status: true },
    disableErrors: true,
  })
  assertRule(checkHelpOffer(committee?.status), req)
  return data
}
