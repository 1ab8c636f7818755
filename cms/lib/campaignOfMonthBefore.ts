import type { Payload, PayloadRequest } from 'payload'

import { monthBefore } from '@fazaa/shared/rules/meetingCalendar'
import { campaignMoneyOf } from './campaignMoney'

/**
 * Last month's campaign (the month before `month`, YYYY-MM; drafts never count) with its
 * figures, or null when there was none: what a Big Sunday Meeting's agenda and its digest report
 * on. `locale: 'all'` reads its title in both languages.
 */
export const campaignOfMonthBefore = async (
  payload: Payload,
  month: string,
  { req, locale }: { req?: PayloadRequest; locale?: 'all' } = {},
) => {
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { month: { equals: monthBefore(month) }, status: { not_equals: 'draft' } },
    limit: 1,
    depth: 0,
    ...(locale ? { locale } : {}),
    ...(req ? { req } : {}),
  })
  const campaign = docs[0]
  if (!campaign) return null
  const { ledger } = await campaignMoneyOf(payload, campaign, { req, depth: 0 })
  return { campaign, ledger }
}
