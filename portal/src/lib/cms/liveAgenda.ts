import type { Meeting } from '@fazaa/cms/types'

import { campaignOfMonthBefore } from '@fazaa/cms/lib/campaignOfMonthBefore'
import type { Currency } from '@fazaa/shared/domain/vocabulary'
import type { Locale } from '@fazaa/shared/i18n/locales'
import { cms } from './client'

/**
 * The figures a Big Sunday Meeting's campaign segments speak of, read when the sheet is opened,
 * not when the meeting was created: the proposal the last vote selected, this month's campaign
 * with what it has raised so far, and last month's campaign with what it raised and spent.
 */
export interface LiveAgenda {
  selectedProposal: { id: number; title: string } | null
  currentCampaign: {
    title: string
    slug: string
    raised: number
    goal: number
    currency: Currency
  } | null
  lastCampaign: {
    title: string
    slug: string
    raised: number
    spent: number
    currency: Currency
  } | null
}

export const getLiveAgenda = async (meeting: Meeting, locale: Locale): Promise<LiveAgenda> => {
  const payload = await cms()
  const [selected, current, last] = await Promise.all([
    payload.find({
      collection: 'proposals',
      where: { status: { equals: 'selected' } },
      sort: '-votingClosesAt',
      select: { title: true },
      limit: 1,
      depth: 0,
      locale,
    }),
    payload.find({
      collection: 'campaigns',
      where: { month: { equals: meeting.month }, status: { not_equals: 'draft' } },
      limit: 1,
      depth: 0,
      locale,
    }),
    campaignOfMonthBefore(payload, meeting.month ?? ''),
  ])
  const proposal = selected.docs[0]
  const campaign = current.docs[0]
  const lastTitle = last
    ? (
        await payload.findByID({
          collection: 'campaigns',
          id: last.campaign.id,
          select: { title: true },
          depth: 0,
          locale,
        })
      ).title
    : ''
  return {
    selectedProposal: proposal ? { id: proposal.id, title: proposal.title ?? '' } : null,
    currentCampaign: campaign
      ? {
          title: campaign.title,
          slug: campaign.slug ?? '',
          raised: campaign.raised ?? 0,
          goal: campaign.goal.amount,
          currency: campaign.goal.currency,
        }
      : null,
    lastCampaign: last
      ? {
          title: lastTitle,
          slug: last.campaign.slug ?? '',
          raised: last.ledger.raised,
          spent: last.ledger.spent,
          currency: last.campaign.goal.currency,
        }
      : null,
  }
}
