import type { Campaign, Donation } from '@fazaa/cms/types'

import type { Where } from 'payload'

import { campaignMoneyOf, type CampaignMoney } from '@fazaa/cms/lib/campaignMoney'
import type { Locale } from '@fazaa/shared/i18n/locales'
import { cms } from './client'

// Campaigns as anyone may read them.

/** The campaign fundraising now, in the reader's language; null when none is. */
export const getCurrentCampaign = async (locale: Locale): Promise<Campaign | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { status: { equals: 'fundraising' } },
    locale,
    limit: 1,
    depth: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** Campaigns the public may see, newest month first, optionally of one year and one status. */
export const getCampaigns = async (
  locale: Locale,
  filter: { year?: string; status?: Campaign['status']; limit?: number } = {},
): Promise<Campaign[]> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: {
      ...(filter.year ? { month: { like: `${filter.year}-` } } : {}),
      ...(filter.status ? { status: { equals: filter.status } } : {}),
    },
    sort: '-month',
    locale,
    depth: 1,
    ...(filter.limit ? { limit: filter.limit } : { pagination: false }),
    overrideAccess: false,
  })
  return docs
}

/** The one public campaign a filter names (a slug, an id), in the reader's language, or null. */
const findCampaign = async (where: Where, locale: Locale, depth = 0): Promise<Campaign | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'campaigns',
    where,
    locale,
    depth,
    limit: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** One public campaign by its slug; null when there is none. */
export const getCampaign = (slug: string, locale: Locale) =>
  findCampaign({ slug: { equals: slug } }, locale)

/** One public campaign by id; null when there is none or it is not public. */
export const getCampaignById = (id: number, locale: Locale) =>
  findCampaign({ id: { equals: id } }, locale)

export interface CampaignPage {
  campaign: Campaign
  /** The latest succeeded donations; donors' names only where they chose to be named. */
  recentDonations: Donation[]
  /** Raised, transferred, fees, approved expenses and balance: the figures that add up. */
  money: CampaignMoney
  /** When the members chose it in a voting round: how many voted in that round (nothing else). */
  chosenBy: { voters: number } | null
}

/**
 * How many members voted in the round that chose this campaign. Rounds are the members' own,
 * but this one total is the public's: "chosen by the members: 23 voted" (issue 17). Only that
 * figure is read, with the CMS's rights, and only for a round that decided.
 */
const chosenByMembers = async (campaignId: number): Promise<{ voters: number } | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'voting-rounds',
    where: { campaign: { equals: campaignId }, status: { equals: 'decided' } },
    select: { voters: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.voters != null ? { voters: docs[0].voters } : null
}

/** Everything a campaign's public page shows, as an anonymous visitor may see it. */
export const getCampaignPage = async (
  slug: string,
  locale: Locale,
): Promise<CampaignPage | null> => {
  const campaign = await findCampaign({ slug: { equals: slug } }, locale, 1)
  if (!campaign) return null
  const payload = await cms()
  const [donations, money, chosenBy] = await Promise.all([
    payload.find({
      collection: 'donations',
      where: { campaign: { equals: campaign.id } },
      sort: '-receivedAt',
      limit: 10,
      // Only the latest ten are shown: no count of all the campaign's gifts (it grows with them).
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    campaignMoneyOf(payload, campaign, { locale }),
    chosenByMembers(campaign.id),
  ])
  return { campaign, recentDonations: donations.docs, money, chosenBy }
}
