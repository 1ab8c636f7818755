import { describe, expect, it } from 'vitest'

import { toCsv } from '@fazaa/shared/csv'
import { campaignLedger } from '@fazaa/shared/rules/campaignLedger'
import { checkCampaignCurrency } from '@fazaa/shared/rules/campaignCurrency'
import { checkDonation, DONATION_LIMITS } from '@fazaa/shared/rules/donationAmount'
import { parseAmount, typedAmountOf } from '@fazaa/shared/money'
import {
  countedAmount,
  settleDonation,
  type PaymentOutcome,
} from '@fazaa/shared/rules/donationStatus'
import { checkExpenseReceipt } from '@fazaa/shared/rules/expenseApproval'
import { checkManualDonationEdit } from '@fazaa/shared/rules/manualDonation'

describe('parseAmount: what donors type', () => {
  it.each([
    ['25', 2500],
    ['25.5', 2550],
    ['25.50', 2550],
    ['25,50', 2550],
    [' 1,000 ', 100000],
    ['1 000', 100000],
    ['١٠٠', 10000],
    ['٢٥٫٥٠', 2550],
    ['۳۰', 3000],
  ])('reads %j as %i cents', (typed, cents) => {
    expect(parseAmount(typed)).toBe(cents)
  })

  it.each(['', 'abc', '12abc', '-5', '1e5', '25.505', '0x10', '25..5', '∞'])(
    'refuses %j',
    (typed) => {
      expect(parseAmount(typed)).toBeNull()
    },
  )
})

describe('typedAmountOf: minor units written back as a person types them', () => {
  it.each([
    [230000, '2300'],
    [230050, '2300.50'],
    [5, '0.05'],
    [0, '0'],
  ])('writes %i as %j, which parseAmount reads back', (minor, typed) => {
    expect(typedAmountOf(minor)).toBe(typed)
    expect(parseAmount(typedAmountOf(minor))).toBe(minor)
  })
})

describe('checkDonation: the donate form rule', () => {
  const check = (amount: string, currency = 'EUR') =>
    checkDonation({ amount, currency, campaignCurrency: 'EUR' })

  it('accepts an amount within the limits, in minor units', () => {
    expect(check('25')).toEqual({ ok: true, amount: 2500 })
    expect(check(String(DONATION_LIMITS.maxMinor / 100))).toMatchObject({ ok: true })
  })

  it('names the rule for zero, negative, huge, non-numeric and wrong-currency gifts', () => {
    const codes = ['0', '-10', '99999999', 'twenty', '25'].map((amount, i) => {
      const result = check(amount, i === 4 ? 'USD' : 'EUR')
      return result.ok ? 'ok' : result.code
    })
    expect(codes).toEqual([
      'donation-amount-too-small',
      'donation-amount-invalid',
      'donation-amount-too-large',
      'donation-amount-invalid',
      'donation-currency',
    ])
  })

  it('says what to do, in both languages, with the limits', () => {
    const small = check('0.5')
    if (small.ok) throw new Error('expected a refusal')
    expect(small.message.en).toContain('€1')
    expect(small.message.ar).toMatch(/١\s?€/)
    const huge = check('30000')
    if (huge.ok) throw new Error('expected a refusal')
    expect(huge.message.en).toContain('€25,000')
    expect(huge.message.en).toMatch(/bank transfer/)
  })
})

describe('settleDonation: order-independent status', () => {
  const permutations = <T>(list: T[]): T[][] =>
    list.length <= 1
      ? [list]
      : list.flatMap((item, i) =>
          permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [item, ...rest]),
        )

  it('gives the same answer for every order and for duplicates', () => {
    const events: PaymentOutcome[] = [
      { status: 'pending' },
      { status: 'succeeded' },
      { status: 'succeeded', refundedAmount: 1000 },
      { status: 'refunded', refundedAmount: 5000 },
    ]
    for (const order of permutations(events)) {
      expect(settleDonation(5000, [...order, ...order])).toEqual({
        status: 'refunded',
        refundedAmount: 5000,
      })
    }
  })

  it('keeps a partly refunded gift succeeded, counting what stayed', () => {
    const settled = settleDonation(5000, [
      { status: 'succeeded' },
      { status: 'succeeded', refundedAmount: 2000 },
    ])
    expect(settled).toEqual({ status: 'succeeded', refundedAmount: 2000 })
    expect(countedAmount({ amount: 5000, ...settled })).toBe(3000)
  })

  it('treats a refund heard before the success as proof of payment', () => {
    expect(settleDonation(5000, [{ status: 'succeeded', refundedAmount: 1000 }])).toEqual({
      status: 'succeeded',
      refundedAmount: 1000,
    })
  })

  it('stays pending with nothing heard, and fails only when told', () => {
    expect(settleDonation(5000, []).status).toBe('pending')
    expect(settleDonation(5000, [{ status: 'pending' }, { status: 'failed' }]).status).toBe(
      'failed',
    )
    expect(countedAmount({ amount: 5000, status: 'failed' })).toBe(0)
  })
})

describe('campaignLedger: figures that add up', () => {
  it('balances raised against fees and spending, abroad and in town', () => {
    const ledger = campaignLedger({
      raised: 230000,
      transfers: [
        { amountSent: 120000, fees: 2400 },
        { amountSent: 60000, fees: null },
      ],
      expenses: [{ amount: 100000 }, { amount: 55000 }],
    })
    expect(ledger).toEqual({
      raised: 230000,
      transferred: 180000,
      fees: 2400,
      spent: 155000,
      balance: 72600,
      heldAbroad: 47600,
      heldInTown: 25000,
    })
    expect(ledger.heldAbroad + ledger.heldInTown).toBe(ledger.balance)
  })

  it('is all zeros for a new campaign', () => {
    expect(campaignLedger({ raised: 0, transfers: [], expenses: [] })).toMatchObject({
      balance: 0,
      heldAbroad: 0,
      heldInTown: 0,
    })
  })
})

describe('rules about money recorded by hand', () => {
  const codeOf = (result: ReturnType<typeof checkManualDonationEdit>) =>
    result.ok ? 'ok' : result.code

  it('lets people record and correct offline gifts, never move card gifts', () => {
    expect(
      codeOf(checkManualDonationEdit(undefined, { method: 'bank', status: 'succeeded' })),
    ).toBe('ok')
    expect(codeOf(checkManualDonationEdit(undefined, { method: 'stripe' }))).toBe(
      'donation-stripe-status',
    )
    const card = { method: 'stripe', status: 'pending', amount: 2500 } as const
    for (const change of [{ status: 'succeeded' }, { amount: 1 }, { method: 'bank' }] as const) {
      expect(codeOf(checkManualDonationEdit(card, change))).toBe('donation-stripe-status')
    }
    // Saving a card gift unchanged (an admin fixing its public name) is fine.
    expect(codeOf(checkManualDonationEdit(card, { status: 'pending' }))).toBe('ok')
    const cash = { method: 'cash', status: 'succeeded', amount: 500 } as const
    expect(codeOf(checkManualDonationEdit(cash, { amount: 700 }))).toBe('ok')
    expect(codeOf(checkManualDonationEdit(cash, { method: 'stripe' }))).toBe(
      'donation-stripe-status',
    )
  })

  it('books money in the campaign currency only, and approves no expense without a receipt', () => {
    expect(checkCampaignCurrency('EUR', 'EUR').ok).toBe(true)
    const dollars = checkCampaignCurrency('USD', 'EUR')
    expect(dollars.ok ? null : dollars.message.en).toContain('EUR')
    expect(checkExpenseReceipt({ status: 'approved', receipt: null }).ok).toBe(false)
    expect(checkExpenseReceipt({ status: 'approved', receipt: 7 }).ok).toBe(true)
    expect(checkExpenseReceipt({ status: 'submitted' }).ok).toBe(true)
  })
})

describe('toCsv', () => {
  it('quotes separators and defuses formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=1+1', '+31 6', 12, null]])).toBe(
      `"a,b","say ""hi""",'=1+1,'+31 6,12,\r\n`,
    )
  })
})
