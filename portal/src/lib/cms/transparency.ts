import { DEFAULT_CURRENCY } from '@fazaa/shared/domain/vocabulary'
import type { Locale } from '@fazaa/shared/i18n/locales'
import * as clock from '@fazaa/shared/clock'
import { moneyByCampaign, type CampaignMoneyRow } from '../../features/transparency/moneyByCampaign'
import { cms } from './client'

// The fellowship's figures, as the public may see them.

export interface FellowshipTotals {
  /** In the fellowship's default currency (EUR), from campaigns in that currency. */
  raisedThisYear: number
  raisedEver: number
  campaignsCompleted: number
  members: number
  countries: number
}

/**
 * The home page's numbers. Members are private, so these are counted with the CMS's own rights
 * and only the counts leave this function.
 */
export const getFellowshipTotals = async (): Promise<FellowshipTotals> => {
  const payload = await cms()
  const activeMembers = { status: { equals: 'active' } } as const
  // Aggregates in the database: a home page view must not load every member.
  const [campaigns, members, countries] = await Promise.all([
    payload.find({
      collection: 'campaigns',
      where: { status: { not_equals: 'draft' }, 'goal.currency': { equals: DEFAULT_CURRENCY } },
      select: { month: true, raised: true, status: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    payload.count({ collection: 'members', where: activeMembers }),
    payload.findDistinct({
      collection: 'members',
      field: 'country',
      where: { ...activeMembers, country: { exists: true } },
      limit: 1,
    }),
  ])
  const year = String(clock.now().getUTCFullYear())
  const sum = (list: typeof campaigns.docs) => list.reduce((total, c) => total + (c.raised ?? 0), 0)
  return {
    raisedThisYear: sum(campaigns.docs.filter((c) => c.month.startsWith(`${year}-`))),
    raisedEver: sum(campaigns.docs),
    campaignsCompleted: campaigns.docs.filter((c) => c.status === 'closed').length,
    members: members.totalDocs,
    countries: countries.totalDocs,
  }
}

/** Every public campaign's money in, to the town and out, oldest first, as the public sees it. */
export const getMoneyByCampaign = async (locale: Locale): Promise<CampaignMoneyRow[]> => {
  const payload = await cms()
  const [campaigns, transfers, expenses] = await Promise.all([
    payload.find({
      collection: 'campaigns',
      where: { status: { not_equals: 'draft' } },
      select: { month: true, title: true, slug: true, goal: true, raised: true },
      sort: 'month',
      locale,
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'transfers',
      select: { campaign: true, amountSent: true, fees: true, currency: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'expenses',
      where: { status: { equals: 'approved' } },
      select: { campaign: true, amount: true, currency: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
  ])
  return moneyByCampaign(campaigns.docs, transfers.docs, expenses.docs)
}
