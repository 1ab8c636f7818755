import type { CollectionBeforeChangeHook } from 'payload'

import { checkCampaignCurrency } from '@fazaa/shared/rules/campaignCurrency'
import { idOf } from '../access/roles'
import { assertRule } from '../lib/ruleError'

/** Gifts, transfers and expenses are booked in their campaign's currency (see the rule). */
export const enforceCampaignCurrency =
  (code: Parameters<typeof checkCampaignCurrency>[2]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const campaignId = idOf(data.campaign ?? originalDoc?.campaign)
    const currency = (data.currency ?? originalDoc?.currency) as string | undefined
    const changed = data.campaign !== undefined || data.currency !== undefined
    if (!changed || campaignId == null || currency == null) return data
    const campaign = await req.payload.findByID({
      collection: 'campaigns',
      id: campaignId,
      depth: 0,
      select: { goal: true },
      req,
    })
    assertRule(checkCampaignCurrency(currency, campaign.goal.currency, code), req)
    return data
  }
