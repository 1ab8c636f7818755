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

describe('transparency figures', () => {
  it('puts each approved expense against its campaign, in its currency', () => {
    const rows = moneyByCampaign(campaigns, expenses)
    expect(rows.map((r) => [r.slug, r.raised, r.spent, r.balance])).toEqual([
      ['bags', 180000, 150000, 30000],
      ['fire', 229000, 194700, 34300],
    ])
  })

  it('adds up per year, newest first', () => {
    expect(moneyByYear(moneyByCampaign(campaigns, expenses))).toEqual([
      { year: '2026', raised: 229000, spent: 194700, balance: 34300 },
      { year: '2025', raised: 180000, spent: 150000, balance: 30000 },
    ])
  })

  it('writes CSV that spreadsheets read, quoting what needs it', () => {
    expect(moneyCsv(moneyByCampaign(campaigns, expenses)).split('\n')).toEqual([
      'month,campaign,currency,raised,spent,balance',
      '2025-12,"Bags, ""school""",EUR,1800.00,1500.00,300.00',
      '2026-07,Fire room,EUR,2290.00,1947.00,343.00',
    ])
  })
})
