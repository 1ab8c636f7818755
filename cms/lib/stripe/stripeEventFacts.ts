import type Stripe from 'stripe'

import type { PaymentOutcome } from '@fazaa/shared/rules/donationStatus'
import { idOf } from '../../access/roles'

/** A month's charge of a member's monthly support: it becomes a new donation. */
export interface MonthlyCharge {
  invoiceId: string
  subscriptionId: string | null
  paymentIntentId: string | null
  amount: number
  currency: string
  metadata: Record<string, string>
  paidAt: string
}

/** What one Stripe event tells about our donations, stripped of everything else. */
export interface StripeEventFacts {
  sessionId: string | null
  paymentIntentId: string | null
  /** Our donation's id, as we put it in the Checkout Session's metadata. */
  donationId: number | null
  subscriptionId: string | null
  outcome: PaymentOutcome | null
  monthlyCharge: MonthlyCharge | null
}

/** A Stripe id, whether Stripe sent the id or the expanded object. */
const stripeId = (value: string | { id: string } | null | undefined): string | null =>
  (idOf(value) as string | null) ?? null

const donationIdOf = (session: Stripe.Checkout.Session): number | null => {
  const raw = session.metadata?.donationId ?? session.client_reference_id
  const id = Number(raw)
  return raw && Number.isSafeInteger(id) && id > 0 ? id : null
}

const none: StripeEventFacts = {
  sessionId: null,
  paymentIntentId: null,
  donationId: null,
  subscriptionId: null,
  outcome: null,
  monthlyCharge: null,
}

const ofSession = (session: Stripe.Checkout.Session, outcome: PaymentOutcome | null) => ({
  ...none,
  sessionId: session.id,
  paymentIntentId: stripeId(session.payment_intent),
  donationId: donationIdOf(session),
  subscriptionId: stripeId(session.subscription),
  outcome,
})

/**
 * The facts of the events the fellowship listens to; every other type gives null (acknowledged
 * and ignored). A completed Checkout is a success only once paid: bank debits and vouchers
 * complete unpaid and succeed or fail later (`async_payment_*`). A charge refunded in part keeps
 * the gift `succeeded` with a smaller amount; refunded in full, it is `refunded`.
 */
export const factsOfStripeEvent = (event: Stripe.Event): StripeEventFacts | null => {
  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object
      const paid = session.payment_status !== 'unpaid'
      return ofSession(session, { status: paid ? 'succeeded' : 'pending' })
    }
    case 'checkout.session.async_payment_succeeded':
      return ofSession(event.data.object, { status: 'succeeded' })
    case 'checkout.session.async_payment_failed':
    case 'checkout.session.expired':
      return ofSession(event.data.object, { status: 'failed' })
    case 'charge.refunded': {
      const charge = event.data.object
      return {
        ...none,
        paymentIntentId: stripeId(charge.payment_intent),
        outcome: {
          status: charge.refunded ? 'refunded' : 'succeeded',
          refundedAmount: charge.amount_refunded,
        },
      }
    }
    case 'invoice.paid': {
      const invoice = event.data.object
      // The first month is the Checkout Session's own donation; the later ones are new gifts.
      if (invoice.billing_reason !== 'subscription_cycle') return null
      const details = invoice.parent?.subscription_details
      const paymentIntentId = stripeId(invoice.payments?.data[0]?.payment.payment_intent ?? null)
      return {
        ...none,
        subscriptionId: stripeId(details?.subscription ?? null),
        paymentIntentId,
        monthlyCharge: {
          invoiceId: invoice.id ?? event.id,
          subscriptionId: stripeId(details?.subscription ?? null),
          paymentIntentId,
          amount: invoice.amount_paid,
          currency: invoice.currency.toUpperCase(),
          metadata: { ...details?.metadata },
          paidAt: new Date(
            (invoice.status_transitions.paid_at ?? event.created) * 1000,
          ).toISOString(),
        },
      }
    }
    default:
      return null
  }
}
