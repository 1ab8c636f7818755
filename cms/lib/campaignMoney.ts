import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@fazaa/shared/i18n/locales'
import { campaignLedger, type CampaignLedger } from '@fazaa/shared/rules/campaignLedger'
import type { Campaign, Expense, Member, Transfer } from '../payload-types'

export interface CampaignMoney {
  ledger: CampaignLedger
  transfers: Transfer[]
  /** Approved expenses only: the money out that counts. */
  expenses: Expense[]
}

/**
 * A campaign's money from donor to town, as the reader may see it (`req` or `user` says who
 * reads; neither for the public; `locale` the language the expense lines are read in). One helper for the admin's summary, the portal's campaign page and
 * the transparency page, so every place shows the same figures.
 */
export const campaignMoneyOf = async (
  payload: Payload,
  campaign: Pick<Campaign, 'id' | 'raised'>,
  {
    req,
    user,
    depth = 1,
    locale,
  }: { req?: PayloadRequest; user?: Member | null; depth?: number; locale?: Locale } = {},
): Promise<CampaignMoney> => {
  const common = {
    pagination: false,
    depth,
    overrideAccess: false,
    // Expense lines in the reader's language (or the one they were written in).
    ...(locale ? { locale } : {}),
    ...(req ? { req } : {}),
    ...(user ? { user } : {}),
  } as const
  const [transfers, expenses] = await Promise.all([
    payload.find({
      collection: 'transfers',
      where: { campaign: { equals: campaign.id } },
      sort: 'sentOn',
      ...common,
    }),
    payload.find({
      collection: 'expenses',
      where: { campaign: { equals: campaign.id }, status: { equals: 'approved' } },
      sort: 'paidAt',
      ...common,
    }),
  ])
  return {
    ledger: campaignLedger({
      raised: campaign.raised ?? 0,
      transfers: transfers.docs,
      expenses: expenses.docs,
    }),
    transfers: transfers.docs,
    expenses: expenses.docs,
  }
}
