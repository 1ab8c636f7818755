import type { Campaign, Expense, Transfer } from '@fazaa/cms/types'

import { csvAmount, toCsv } from '@fazaa/shared/csv'
import { campaignLedger } from '@fazaa/shared/rules/campaignLedger'

/** One campaign's line on the transparency page. */
export interface CampaignMoneyRow {
  month: string
  title: string
  slug: string
  currency: Campaign['goal']['currency']
  raised: number
  transferred: number
  fees: number
  spent: number
  balance: number
}

export interface YearMoney {
  year: string
  raised: number
  transferred: number
  fees: number
  spent: number
  balance: number
}

/** What the figures need of a campaign. */
export type CampaignFigures = Pick<Campaign, 'id' | 'month' | 'title' | 'slug' | 'raised'> & {
  goal: Pick<Campaign['goal'], 'currency'>
}

type Booked = { campaign: number | { id: number }; currency: string }
const bookedTo = (campaign: CampaignFigures) => (entry: Booked) =>
  (typeof entry.campaign === 'object' ? entry.campaign.id : entry.campaign) === campaign.id &&
  entry.currency === campaign.goal.currency

/**
 * Money in (succeeded donations, summed on the campaign), sent to the town (transfers and their
 * fees) and out (approved expenses), per campaign, by the same ledger as the campaign page.
 * An entry in another currency than its campaign's is never added to it.
 */
export const moneyByCampaign = (
  campaigns: CampaignFigures[],
  transfers: (Pick<Transfer, 'amountSent' | 'fees' | 'currency'> & Booked)[],
  expenses: (Pick<Expense, 'amount' | 'currency'> & Booked)[],
): CampaignMoneyRow[] =>
  campaigns.map((campaign) => {
    const ledger = campaignLedger({
      raised: campaign.raised ?? 0,
      transfers: transfers.filter(bookedTo(campaign)),
      expenses: expenses.filter(bookedTo(campaign)),
    })
    return {
      month: campaign.month,
      title: campaign.title,
      slug: campaign.slug ?? '',
      currency: campaign.goal.currency,
      raised: ledger.raised,
      transferred: ledger.transferred,
      fees: ledger.fees,
      spent: ledger.spent,
      balance: ledger.balance,
    }
  })

/** Totals per calendar year, newest first; one currency at a time. */
export const moneyByYear = (rows: CampaignMoneyRow[]): YearMoney[] => {
  const years = new Map<string, YearMoney>()
  for (const row of rows) {
    const year = row.month.slice(0, 4)
    const total = years.get(year) ?? {
      year,
      raised: 0,
      transferred: 0,
      fees: 0,
      spent: 0,
      balance: 0,
    }
    total.raised += row.raised
    total.transferred += row.transferred
    total.fees += row.fees
    total.spent += row.spent
    total.balance += row.balance
    years.set(year, total)
  }
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year))
}

/** The same table as CSV, amounts in currency units with two decimals (spreadsheets read it). */
export const moneyCsv = (rows: CampaignMoneyRow[]): string =>
  toCsv([
    ['month', 'campaign', 'currency', 'raised', 'transferred', 'fees', 'spent', 'balance'],
    ...rows.map((r) => [
      r.month,
      r.title,
      r.currency,
      csvAmount(r.raised),
      csvAmount(r.transferred),
      csvAmount(r.fees),
      csvAmount(r.spent),
      csvAmount(r.balance),
    ]),
  ])
