import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../access/roles'
import type { Expense } from '../../../payload-types'

/**
 * A receipt belongs to the campaign of the expense that names it, from then on: the receipt
 * picker of another campaign's expenses no longer offers it. In the expense's own transaction.
 */
export const claimReceiptForCampaign: CollectionAfterChangeHook<Expense> = async ({ doc, req }) => {
  const receipt = idOf(doc.receipt)
  const campaign = idOf(doc.campaign)
  if (receipt == null || campaign == null) return doc
  await req.payload.update({
    collection: 'media',
    where: { and: [{ id: { equals: receipt } }, { campaign: { exists: false } }] },
    data: { campaign: Number(campaign) },
    depth: 0,
    req,
    overrideAccess: true,
  })
  return doc
}
