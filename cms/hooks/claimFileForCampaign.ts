import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../access/roles'

/**
 * A file belongs to the campaign that first names it (an expense's receipt, a campaign's cover),
 * from then on: another campaign's receipt picker no longer offers it. In the save's own
 * transaction.
 */
export const claimFileForCampaign =
  (
    fileField: string,
    campaignOf: (doc: Record<string, unknown>) => unknown,
  ): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const file = idOf(doc[fileField])
    const campaign = idOf(campaignOf(doc))
    if (file == null || campaign == null) return doc
    await req.payload.update({
      collection: 'media',
      where: { and: [{ id: { equals: file } }, { campaign: { exists: false } }] },
      data: { campaign: Number(campaign) },
      depth: 0,
      req,
      overrideAccess: true,
    })
    return doc
  }
