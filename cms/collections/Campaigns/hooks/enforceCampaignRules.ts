import type { CollectionBeforeChangeHook, Where } from 'payload'

import { checkCampaignTransition } from '@fazaa/shared/rules/campaignRules'
import { fail } from '@fazaa/shared/rules/result'
import { assertRule } from '../../../lib/ruleError'
import { richTextParagraphs } from '../../../lib/richTextParagraphs'
import type { Campaign } from '../../../payload-types'

/** Rule 6: one campaign a month, one fundraising at a time, and no closing without a report. */
export const enforceCampaignRules: CollectionBeforeChangeHook<Campaign> = async ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data } as Campaign
  const notThis: Where = originalDoc?.id != null ? { id: { not_equals: originalDoc.id } } : {}

  if (data.month && data.month !== originalDoc?.month) {
    const sameMonth = await req.payload.count({
      collection: 'campaigns',
      where: { month: { equals: data.month }, ...notThis },
      req,
    })
    if (sameMonth.totalDocs > 0)
      assertRule(fail('campaign-month-taken', { month: data.month }), req)
  }

  const to = merged.status ?? 'draft'
  const from = originalDoc?.status ?? null
  let otherFundraisingTitle: string | null = null
  if (to === 'fundraising' && from !== 'fundraising') {
    const { docs } = await req.payload.find({
      collection: 'campaigns',
      where: { status: { equals: 'fundraising' }, ...notThis },
      select: { title: true },
      limit: 1,
      depth: 0,
      req,
    })
    otherFundraisingTitle = docs[0]?.title ?? null
  }
  assertRule(
    checkCampaignTransition({
      from,
      to,
      hasReport: richTextParagraphs(merged.report).length > 0,
      otherFundraisingTitle,
    }),
    req,
  )
  return data
}
