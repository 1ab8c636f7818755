import type { Payload } from 'payload'
import type Stripe from 'stripe'

import type { Locale } from '@fazaa/shared/i18n/locales'
import type { Campaign, Donation, Member } from '../../payload-types'

export interface CheckoutRequest {
  campaign: Pick<Campaign, 'id' | 'title' | 'goal'>
  /** Minor units of the campaign's currency, already checked by `checkDonation`. */
  amount: number
  monthly: boolean
  anonymous: boolean
  donorName?: string
  message?: string
  member?: Pick<Member, 'id' | 'email'> | null
  locale: Locale
  /** Where Stripe sends the donor back; `{CHECKOUT_SESSION_ID}` is filled in by Stripe. */
  successUrl: string
  cancelUrl: string
}

/** Stripe could not be reached or refused the session; the donor may try again or give by bank. */
export class CheckoutUnavailable extends Error {
  constructor(cause: unknown) {
    super('Stripe Checkout is unavailable', { cause })
    this.name = 'CheckoutUnavailable'
  }
}

/**
 * Records the gift as `pending`, then asks Stripe for a Checkout Session that carries the
 * donation's and campaign's ids, and returns the page to send the donor to. Card details only
 * ever reach Stripe. If Stripe fails, the pending gift is marked `failed` (kept, not deleted, so
 * the attempt stays visible to the treasurer) and `CheckoutUnavailable` is thrown.
 */
export const startCheckout = async (
  payload: Payload,
  stripe: Stripe,
  request: CheckoutRequest,
): Promise<{ donation: Donation; url: string }> => {
  const { campaign, amount, monthly, member } = request
  const currency = campaign.goal.currency
  const system = { fazaaSystem: true }
  const donation = await payload.create({
    collection: 'donations',
    data: {
      campaign: campaign.id,
      amount,
      currency,
      method: 'stripe',
      status: 'pending',
      monthly,
      anonymous: request.anonymous,
      donorName: request.donorName || undefined,
      message: request.message || undefined,
      donorMember: member?.id,
    },
    context: system,
    depth: 0,
  })
  const metadata = {
    donationId: String(donation.id),
    campaignId: String(campaign.id),
    anonymous: String(request.anonymous),
    ...(request.donorName ? { donorName: request.donorName.slice(0, 450) } : {}),
    ...(member ? { memberId: String(member.id) } : {}),
  }
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: monthly ? 'subscription' : 'payment',
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: currency.toLowerCase(),
          unit_amount: amount,
          product_data: { name: campaign.title },
          ...(monthly ? { recurring: { interval: 'month' as const } } : {}),
        },
      },
    ],
    client_reference_id: String(donation.id),
    metadata,
    success_url: request.successUrl,
    cancel_url: request.cancelUrl,
    // Stripe's page has no Arabic: the donor's browser language is the closest.
    locale: request.locale === 'en' ? 'en' : 'auto',
    ...(member?.email ? { customer_email: member.email } : {}),
    ...(monthly
      ? { subscription_data: { metadata } }
      : { submit_type: 'donate' as const, payment_intent_data: { metadata } }),
  }
  let session: Stripe.Checkout.Session
  try {
    session = await stripe.checkout.sessions.create(params, {
      idempotencyKey: `fazaa-donation-${donation.id}`,
    })
  } catch (error) {
    await payload.update({
      collection: 'donations',
      id: donation.id,
      data: { status: 'failed' },
      context: system,
      depth: 0,
    })
    throw new CheckoutUnavailable(error)
  }
  const recorded = await payload.update({
    collection: 'donations',
    id: donation.id,
    data: { stripeSessionId: session.id },
    context: system,
    depth: 0,
  })
  if (!session.url) throw new CheckoutUnavailable(new Error('Checkout Session has no url'))
  return { donation: recorded, url: session.url }
}
