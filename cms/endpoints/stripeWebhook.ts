import type { Endpoint } from 'payload'

import { recordStripeEvent } from '../lib/stripe/recordStripeEvent'
import { stripeClient, webhookSecret } from '../lib/stripe/stripeClient'

/** How old a signed event may be (Stripe's default): an old signature replayed is refused. */
const SIGNATURE_TOLERANCE_SECONDS = 300

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status })

/**
 * POST /api/stripe/webhook: Stripe's events about payments. The signature is checked on the raw
 * body before anything is parsed or stored; a bad, missing or stale signature or a body that is
 * not an event gets 400 and changes nothing. A verified event is applied once (see
 * `recordStripeEvent`) and acknowledged with 200, repeats and types we ignore included, so
 * Stripe stops retrying. An error of ours answers 500 and Stripe retries later.
 */
export const stripeWebhook: Endpoint = {
  path: '/stripe/webhook',
  method: 'post',
  handler: async (req) => {
    const stripe = stripeClient()
    const secret = webhookSecret()
    if (!stripe || !secret) return answer(503, { error: 'Stripe is not configured' })
    const signature = req.headers.get('stripe-signature')
    if (!signature) return answer(400, { error: 'Missing Stripe-Signature header' })
    const body = req.text ? await req.text() : ''
    let event
    try {
      event = await stripe.webhooks.constructEventAsync(
        body,
        signature,
        secret,
        SIGNATURE_TOLERANCE_SECONDS,
      )
    } catch (error) {
      req.payload.logger.warn({ msg: 'Refused a Stripe webhook', reason: (error as Error).message })
      return answer(400, { error: 'Invalid signature or payload' })
    }
    const { result, donationId } = await recordStripeEvent(req.payload, event)
    req.payload.logger.info({
      msg: 'Stripe event',
      id: event.id,
      type: event.type,
      result,
      donationId,
    })
    return answer(200, { received: true, result })
  },
}
