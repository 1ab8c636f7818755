import type Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { GIVING_UI } from '../../portal/src/i18n/givingUi'

import { factsOfStripeEvent } from '../../cms/lib/stripe/stripeEventFacts'
import { readDonationForm } from '../../portal/src/features/giving/readDonationForm'
import {
  readExpenseForm,
  RECEIPT_MAX_BYTES,
} from '../../portal/src/features/giving/readExpenseForm'

const form = (fields: Record<string, string | File>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

describe('readDonationForm', () => {
  it('takes the typed amount over the chosen suggestion, and is anonymous unless asked', () => {
    expect(readDonationForm(form({ amount: '25', otherAmount: ' 30 ', currency: 'EUR' }))).toEqual({
      amount: '30',
      currency: 'EUR',
      name: '',
      message: '',
      showName: false,
      monthly: false,
    })
    expect(
      readDonationForm(form({ amount: '50', name: 'Samer', showName: 'on', monthly: 'on' })),
    ).toMatchObject({ amount: '50', name: 'Samer', showName: true, monthly: true })
  })
})

describe('readExpenseForm', () => {
  const receipt = new File([new Uint8Array([1, 2, 3])], 'r.jpg', { type: 'image/jpeg' })

  it('gives the values when the description, amount and receipt are there', () => {
    const read = readExpenseForm(
      form({ description: 'Hoses', amount: '120,50', paidAt: '2026-07-20', receipt }),
    )
    expect(read.problems).toEqual({})
    expect(read.values).toMatchObject({ amount: 12050, paidAt: '2026-07-20T12:00:00.000Z' })
  })

  it('names each missing or wrong field and keeps what was typed', () => {
    const huge = new File([new Uint8Array(RECEIPT_MAX_BYTES + 1)], 'big.jpg', {
      type: 'image/jpeg',
    })
    const read = readExpenseForm(form({ description: '', amount: 'abc', receipt: huge }))
    expect(read.problems).toEqual({ description: 'missing', amount: 'invalid', receipt: 'invalid' })
    expect(read.draft.amountText).toBe('abc')
    const script = new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' })
    expect(
      readExpenseForm(form({ description: 'x', amount: '1', receipt: script })).problems,
    ).toEqual({
      receipt: 'invalid',
    })
  })
})

describe('factsOfStripeEvent', () => {
  const event = (type: string, object: object) =>
    ({ id: 'evt_1', type, created: 1, data: { object } }) as unknown as Stripe.Event

  it('reads our donation id and the payment from a completed Checkout', () => {
    const facts = factsOfStripeEvent(
      event('checkout.session.completed', {
        id: 'cs_1',
        payment_status: 'paid',
        payment_intent: 'pi_1',
        subscription: null,
        metadata: { donationId: '42' },
        client_reference_id: '42',
      }),
    )
    expect(facts).toMatchObject({
      sessionId: 'cs_1',
      paymentIntentId: 'pi_1',
      donationId: 42,
      outcome: { status: 'succeeded' },
    })
  })

  it('keeps an unpaid completion pending and reads refunds, full or partial', () => {
    const unpaid = factsOfStripeEvent(
      event('checkout.session.completed', { id: 'cs_2', payment_status: 'unpaid', metadata: {} }),
    )
    expect(unpaid?.outcome).toEqual({ status: 'pending' })
    expect(unpaid?.donationId).toBeNull()
    const refund = (refunded: boolean, amount_refunded: number) =>
      factsOfStripeEvent(
        event('charge.refunded', { payment_intent: 'pi_9', refunded, amount_refunded }),
      )
    expect(refund(false, 500)?.outcome).toEqual({ status: 'succeeded', refundedAmount: 500 })
    expect(refund(true, 2500)?.outcome).toEqual({ status: 'refunded', refundedAmount: 2500 })
  })

  it('ignores the first invoice of a subscription and types it does not act on', () => {
    expect(
      factsOfStripeEvent(event('invoice.paid', { billing_reason: 'subscription_create' })),
    ).toBeNull()
    expect(factsOfStripeEvent(event('payment_intent.created', {}))).toBeNull()
  })
})

describe('the words of money on the forms', () => {
  it('names the currency and writes the examples as an Arabic reader reads them', () => {
    expect(GIVING_UI.ar.expenseAmount('EUR')).toBe('المبلغ بعملة يورو')
    expect(GIVING_UI.ar.otherAmountHint('SYP')).toBe('بعملة ليرة سورية، مثل ٣٠ أو ١٢٫٥٠')
    for (const words of [GIVING_UI.ar.expenseAmount('EUR'), GIVING_UI.ar.expenseAmountInvalid]) {
      expect(words).not.toMatch(/[A-Za-z0-9]/)
    }
    expect(GIVING_UI.en.expenseAmount('EUR')).toBe('Amount in Euro')
  })
})
