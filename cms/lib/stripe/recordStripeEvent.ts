import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import type Stripe from 'stripe'

import { settleDonation, type PaymentOutcome } from '@fazaa/shared/rules/donationStatus'
import type { DonationStatus } from '@fazaa/shared/domain/vocabulary'
import { sqlHandle } from '../db'
import { factsOfStripeEvent, type MonthlyCharge, type StripeEventFacts } from './stripeEventFacts'
import * as clock from '@fazaa/shared/clock'

/**
 * processed: it changed or confirmed a donation; duplicate: already applied; ignored: not an
 * event we act on; unmatched: about a payment we do not know yet (a refund ahead of its success),
 * kept so that it counts as soon as the donation is known.
 */
export type StripeEventResult = 'processed' | 'duplicate' | 'ignored' | 'unmatched'

type Db = Awaited<ReturnType<typeof sqlHandle>>

interface DonationRow {
  id: number
  amount: string | number
  status: DonationStatus
  refunded_amount: string | number | null
  stripe_session_id: string | null
  stripe_payment_intent_id: string | null
}

const SYSTEM = { fazaaSystem: true }

/** The card donation an event is about, locked for this transaction; null when it is not ours. */
const lockDonation = async (db: Db, facts: StripeEventFacts): Promise<DonationRow | null> => {
  const select = sql`SELECT id, amount, status, refunded_amount, stripe_session_id, stripe_payment_intent_id
    FROM donations WHERE method = 'stripe' AND `
  const by = facts.donationId
    ? sql`id = ${facts.donationId}`
    : facts.sessionId
      ? sql`stripe_session_id = ${facts.sessionId}`
      : facts.paymentIntentId
        ? sql`stripe_payment_intent_id = ${facts.paymentIntentId}`
        : null
  if (!by) return null
  const { rows } = await db.execute(sql`${select}${by} FOR UPDATE`)
  const row = rows[0] as DonationRow | undefined
  // Metadata names our donation, but a session of another donation must not settle it.
  if (row && facts.sessionId && row.stripe_session_id && row.stripe_session_id !== facts.sessionId)
    return null
  return row ?? null
}

/**
 * Settles a one-off (or first monthly) card gift from every event heard for its Checkout
 * Session or PaymentIntent, this one included, and links those events to it.
 */
const settleCardDonation = async (
  req: PayloadRequest,
  db: Db,
  facts: StripeEventFacts,
): Promise<number | null> => {
  const row = await lockDonation(db, facts)
  if (!row) return null
  const sessionId = row.stripe_session_id ?? facts.sessionId
  const paymentIntentId = row.stripe_payment_intent_id ?? facts.paymentIntentId
  const { rows } = await db.execute(sql`
    SELECT outcome, refunded_amount FROM stripe_events
    WHERE outcome IS NOT NULL
      AND ((${sessionId}::text IS NOT NULL AND session_id = ${sessionId})
        OR (${paymentIntentId}::text IS NOT NULL AND payment_intent_id = ${paymentIntentId}))
  `)
  const outcomes: PaymentOutcome[] = (
    rows as { outcome: DonationStatus; refunded_amount: string | null }[]
  ).map((event) => ({
    status: event.outcome,
    refundedAmount: event.refunded_amount == null ? 0 : Number(event.refunded_amount),
  }))
  const settled = settleDonation(Number(row.amount), outcomes)
  const changed =
    settled.status !== row.status ||
    settled.refundedAmount !== Number(row.refunded_amount ?? 0) ||
    sessionId !== row.stripe_session_id ||
    paymentIntentId !== row.stripe_payment_intent_id
  if (changed) {
    await req.payload.update({
      collection: 'donations',
      id: row.id,
      data: {
        status: settled.status,
        refundedAmount: settled.refundedAmount,
        stripeSessionId: sessionId,
        stripePaymentIntentId: paymentIntentId,
        ...(facts.subscriptionId ? { stripeSubscriptionId: facts.subscriptionId } : {}),
        // The day the money arrived, for the public list of recent gifts.
        ...(settled.status === 'succeeded' && row.status === 'pending'
          ? { receivedAt: clock.now().toISOString() }
          : {}),
      },
      req,
      context: SYSTEM,
      depth: 0,
    })
  }
  await db.execute(sql`
    UPDATE stripe_events SET donation_id = ${row.id}
    WHERE donation_id IS NULL
      AND ((${sessionId}::text IS NOT NULL AND session_id = ${sessionId})
        OR (${paymentIntentId}::text IS NOT NULL AND payment_intent_id = ${paymentIntentId}))
  `)
  return row.id
}

/**
 * A later month of a member's monthly support: a new succeeded gift to the campaign raising
 * money now in that currency (or, between campaigns, the latest one), with the donor's wishes
 * (name or anonymity) as given when they subscribed.
 */
const recordMonthlyCharge = async (
  req: PayloadRequest,
  charge: MonthlyCharge,
): Promise<number | null> => {
  const { payload } = req
  // Stripe may announce one invoice under several events: it is one gift.
  const known = await payload.find({
    collection: 'donations',
    where: { stripeInvoiceId: { equals: charge.invoiceId } },
    limit: 1,
    depth: 0,
    req,
  })
  if (known.docs[0]) return known.docs[0].id
  const inCurrency = { 'goal.currency': { equals: charge.currency } } as const
  const current =
    (
      await payload.find({
        collection: 'campaigns',
        where: { status: { equals: 'fundraising' }, ...inCurrency },
        limit: 1,
        depth: 0,
        req,
      })
    ).docs[0] ??
    (
      await payload.find({
        collection: 'campaigns',
        where: { status: { not_equals: 'draft' }, ...inCurrency },
        sort: '-month',
        limit: 1,
        depth: 0,
        req,
      })
    ).docs[0]
  if (!current) return null
  const memberId = Number(charge.metadata.memberId)
  const donation = await payload.create({
    collection: 'donations',
    data: {
      campaign: current.id,
      amount: charge.amount,
      currency: current.goal.currency,
      method: 'stripe',
      status: 'succeeded',
      monthly: true,
      anonymous: charge.metadata.anonymous !== 'false',
      donorName: charge.metadata.donorName || undefined,
      donorMember: Number.isSafeInteger(memberId) && memberId > 0 ? memberId : undefined,
      stripeInvoiceId: charge.invoiceId,
      stripeSubscriptionId: charge.subscriptionId ?? undefined,
      stripePaymentIntentId: charge.paymentIntentId ?? undefined,
      receivedAt: charge.paidAt,
    },
    req,
    context: SYSTEM,
    depth: 0,
  })
  return donation.id
}

/**
 * Applies one verified Stripe event, exactly once. In one transaction: the event id goes into
 * `stripe_events` (unique; a repeat inserts nothing and changes nothing), the donation it is
 * about is settled from all its events, and the campaign's totals follow. Events are applied one
 * at a time (a transaction-scoped advisory lock): a refund and the success it refunds, arriving
 * together, cannot each miss the other.
 */
export const recordStripeEvent = async (
  payload: Payload,
  event: Stripe.Event,
): Promise<{ result: StripeEventResult; donationId: number | null }> => {
  const facts = factsOfStripeEvent(event)
  const req = await createLocalReq({ context: SYSTEM }, payload)
  await initTransaction(req)
  try {
    const db = await sqlHandle(payload, req)
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('fazaa.stripe-events'))`)
    const inserted = await db.execute(sql`
      INSERT INTO stripe_events (event_id, type, session_id, payment_intent_id, outcome, refunded_amount)
      VALUES (${event.id}, ${event.type}, ${facts?.sessionId ?? null}, ${facts?.paymentIntentId ?? null},
              ${facts?.outcome?.status ?? null}, ${facts?.outcome?.refundedAmount ?? null})
      ON CONFLICT (event_id) DO NOTHING
      RETURNING id
    `)
    const eventRow = inserted.rows[0] as { id: number } | undefined
    let result: StripeEventResult = !eventRow ? 'duplicate' : facts ? 'processed' : 'ignored'
    let donationId: number | null = null
    if (eventRow && facts) {
      donationId = facts.monthlyCharge
        ? await recordMonthlyCharge(req, facts.monthlyCharge)
        : await settleCardDonation(req, db, facts)
      if (donationId == null) result = 'unmatched'
      else
        await db.execute(
          sql`UPDATE stripe_events SET donation_id = ${donationId} WHERE id = ${eventRow.id}`,
        )
    }
    await commitTransaction(req)
    return { result, donationId }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
