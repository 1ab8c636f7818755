import { describe, expect, it } from 'vitest'

import {
  moneyByCampaign,
  moneyByYear,
  moneyCsv,
} from '../../portal/src/features/transparency/moneyByCampaign'

const campaigns = [
  {
    id: 1,
    month: '2025-12',
    title: 'Bags, "school"',
    slug: 'bags',
    goal: { currency: 'EUR' as const },
    raised: 180000,
  },
  {
    id: 2,
    month: '2026-07',
    title: 'Fire room',
    slug: 'fire',
    goal: { currency: 'EUR' as const },
    raised: 229000,
  },
]
const expenses = [
  { campaign: 1, amount: 150000, currency: 'EUR' as const },
  { campaign: 2, amount: 126000, currency: 'EUR' as const },
  { campaign: 2, amount: 68700, currency: 'EUR' as const },
  // Another currency is never added to euros.
  { campaign: 2, amount: 999, currency: 'USD' as const },
]

const transfers = [
  { campaign: 1, amountSent: 150000, fees: 3000, currency: 'EUR' as const },
  { campaign: 2, amountSent: 200000, fees: 4000, currency: 'EUR' as const },
  { campaign: { id: 2 }, amountSent: 1, fees: 1, currency: 'USD' as const },
]

describe('transparency figures', () => {
  it('puts each transfer and approved expense against its campaign, in its currency', () => {
    const rows = moneyByCampaign(campaigns, transfers, expenses)
    expect(rows.map((r) => [r.slug, r.raised, r.transferred, r.fees, r.spent, r.balance])).toEqual([
      ['bags', 180000, 150000, 3000, 150000, 27000],
      ['fire', 229000, 200000, 4000, 194700, 30300],
    ])
  })

  it('adds up per year, newest first', () => {
    expect(moneyByYear(moneyByCampaign(campaigns, transfers, expenses))).toEqual([
      {
        year: '2026',
        raised: 229000,
        transferred: 200000,
        fees: 4000,
        spent: 194700,
        balance: 30300,
      },
      {
        year: '2025',
        raised: 180000,
        transferred: 150000,
        fees: 3000,
        spent: 150000,
        balance: 27000,
      },
    ])
  })

  it('writes CSV that spreadsheets read, quoting what needs it', () => {
    expect(moneyCsv(moneyByCampaign(campaigns, transfers, expenses)).split('\r\n')).toEqual([
      'month,campaign,currency,raised,transferred,fees,spent,balance',
      '2025-12,"Bags, ""school""",EUR,1800.00,1500.00,30.00,1500.00,270.00',
      '2026-07,Fire room,EUR,2290.00,2000.00,40.00,1947.00,303.00',
      '',
    ])
  })
})
