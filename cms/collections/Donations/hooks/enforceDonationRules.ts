import type { CollectionBeforeChangeHook } from 'payload'

import { checkManualDonationEdit } from '@fazaa/shared/rules/manualDonation'
import { assertRule } from '../../../lib/ruleError'
import type { Donation } from '../../../payload-types'

/**
 * People record offline gifts; card gifts move only with Stripe's events (the webhook and the
 * donate form write with `fazaaSystem`). Whoever records a gift by hand is kept with it.
 */
export const enforceDonationRules: CollectionBeforeChangeHook<Donation> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!req.user || req.context.fazaaSystem === true) return data
  assertRule(checkManualDonationEdit(operation === 'create' ? undefined : originalDoc, data), req)
  if (operation === 'create') data.recordedBy = req.user.id
  return data
}
