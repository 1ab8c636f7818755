import type { Campaign, Expense } from '@fazaa/cms/types'

export interface CampaignMoney {
  month: string
  title: string
  slug: string
  currency: Campaign['goal']['currency']
  raised: number
  spent: number
  balance: number
}

export interface YearMoney {
  year: string
  raised: number
  spent: number
  balance: number
}

/** Money in (succeeded donations, already summed on the campaign) and out (approved expenses). */
/** What the figures need of a campaign. */
export type CampaignFigures = Pick<Campaign, 'id' | 'month' | 'title' | 'slug' | 'raised'> & {
  goal: Pick<Campaign['goal'], 'currency'>
}

export const moneyByCampaign = (
  campaigns: CampaignFigures[],
  expenses: Pick<Expense, 'campaign' | 'amount' | 'currency'>[],
): CampaignMoney[] =>
  campaigns.map((campaign) => {
    const spent = expenses
      .filter((e) => (typeof e.campaign === 'object' ? e.campaign.id : e.campaign) === campaign.id)
      .filter((e) => e.currency === campaign.goal.currency)
      .reduce((total, e) => total + e.amount, 0)
    const raised = campaign.raised ?? 0
    return {
      month: campaign.month,
      title: campaign.title,
      slug: campaign.slug ?? '',
      currency: campaign.goal.currency,
      raised,
      spent,
      balance: raised - spent,
    }
  })

/** Totals per calendar year, newest first; one currency at a time. */
export const moneyByYear = (rows: CampaignMoney[]): YearMoney[] => {
  const years = new Map<string, YearMoney>()
  for (const row of rows) {
    const year = row.month.slice(0, 4)
    const total = years.get(year) ?? { year, raised: 0, spent: 0, balance: 0 }
    total.raised += row.raised
    total.spent += row.spent
    total.balance = total.raised - total.spent
    years.set(year, total)
  }
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year))
}

/** The same table as CSV, amounts in currency units with two decimals (spreadsheets read it). */
export const moneyCsv = (rows: CampaignMoney[]): string => {
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
  const units = (minor: number) => (minor / 100).toFixed(2)
  return [
    'month,campaign,currency,raised,spent,balance',
    ...rows.map((r) =>
      [r.month, cell(r.title), r.currency, units(r.raised), units(r.spent), units(r.balance)].join(
        ',',
      ),
    ),
  ].join('\n')
}
