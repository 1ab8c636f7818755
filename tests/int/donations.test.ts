import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { sqlHandle } from '../../cms/lib/db'
import { CheckoutUnavailable, startCheckout } from '../../cms/lib/stripe/startCheckout'
import { stripeClient } from '../../cms/lib/stripe/stripeClient'
import type { Campaign, Member } from '../../cms/payload-types'
import { startFakeStripe, type FakeStripe } from '../helpers/fakeStripe'
import { asUser, createMember, ruleError } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

const WEBHOOK_SECRET = 'whsec_test_fazaa_donations'

let payload: Payload
let fake: FakeStripe
let rest: Awaited<ReturnType<typeof startRestServer>>
let admin: Member
let member: Member
let july: Campaign
const savedEnv = { ...process.env }

const webhookUrl = () => `${rest.base}/stripe/webhook`

const postWebhook = (body: string, signature?: string) =>
  fetch(webhookUrl(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature === undefined ? {} : { 'stripe-signature': signature }),
    },
    body,
  })

const send = (event: Stripe.Event) =>
  postWebhook(JSON.stringify(event), fake.sign(JSON.stringify(event)))

const checkout = (amount: number, extra: Partial<Parameters<typeof startCheckout>[2]> = {}) =>
  startCheckout(payload, stripeClient()!, {
    campaign: july,
    amount,
    monthly: false,
    anonymous: true,
    locale: 'ar',
    successUrl: 'http://portal.test/campaigns/july/thanks?session_id={CHECKOUT_SESSION_ID}',
    cancelUrl: 'http://portal.test/campaigns/july?cancelled=1#donate',
    ...extra,
  })

const donation = (id: number) => payload.findByID({ collection: 'donations', id, depth: 0 })
const raisedOf = async (campaign = july) =>
  (await payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0 })).raised
const eventRows = async () => {
  const db = await sqlHandle(payload)
  return (await db.execute(sql`SELECT event_id, type, outcome, donation_id FROM stripe_events`))
    .rows
}

/** A paid Checkout and its completion event, delivered. */
const paidDonation = async (amount: number) => {
  const { donation: pending } = await checkout(amount)
  const completed = fake.completedEvent(pending.stripeSessionId!)
  expect((await send(completed)).status).toBe(200)
  return { id: pending.id, completed }
}

const refundEvent = (paymentIntent: string, amount: number, refunded: number) =>
  fake.event('charge.refunded', {
    id: `ch_test_${paymentIntent}`,
    object: 'charge',
    payment_intent: paymentIntent,
    amount,
    amount_refunded: refunded,
    refunded: refunded >= amount,
  })

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  fake = await startFakeStripe({ webhookSecret: WEBHOOK_SECRET })
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: 'sk_test_fazaa',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_URL: fake.url,
  })
  rest = await startRestServer(payload)
  fake.setWebhookUrl(webhookUrl())
  admin = await createMember(payload, { role: 'admin' })
  member = await createMember(payload)
})

afterAll(async () => {
  process.env = savedEnv
  await rest?.close()
  await fake?.close()
})

beforeEach(async () => {
  const db = await sqlHandle(payload)
  await db.execute(
    sql`TRUNCATE campaigns, donations, expenses, transfers, stripe_events RESTART IDENTITY CASCADE`,
  )
  july = await payload.create({
    collection: 'campaigns',
    data: {
      title: 'Fire pump',
      month: '2026-07',
      status: 'fundraising',
      goal: { amount: 230000, currency: 'EUR' },
    },
  })
})

describe('Checkout through the real Stripe SDK', () => {
  it('records a pending donation and sends Stripe the amount, currency, ids and return URLs', async () => {
    fake.requests.length = 0
    const { donation: pending, url } = await checkout(2550, {
      anonymous: false,
      donorName: 'Umm Fadi',
      member,
    })
    expect(pending).toMatchObject({ status: 'pending', method: 'stripe', amount: 2550 })
    expect(url).toBe(`${fake.url}/pay/${pending.stripeSessionId}`)

    const [sent] = fake.requests
    expect(sent).toMatchObject({ method: 'POST', path: '/v1/checkout/sessions' })
    expect(sent!.headers.authorization).toBe('Bearer sk_test_fazaa')
    expect(sent!.headers['idempotency-key']).toBe(`fazaa-donation-${pending.id}`)
    expect(sent!.form).toMatchObject({
      mode: 'payment',
      submit_type: 'donate',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'eur',
      'line_items[0][price_data][unit_amount]': '2550',
      'line_items[0][price_data][product_data][name]': 'Fire pump',
      client_reference_id: String(pending.id),
      'metadata[donationId]': String(pending.id),
      'metadata[campaignId]': String(july.id),
      'metadata[donorName]': 'Umm Fadi',
      success_url: 'http://portal.test/campaigns/july/thanks?session_id={CHECKOUT_SESSION_ID}',
      cancel_url: 'http://portal.test/campaigns/july?cancelled=1#donate',
      customer_email: member.email,
    })
    // Nothing is counted before Stripe says the money arrived.
    expect(await raisedOf()).toBe(0)
  })

  it('asks for a monthly subscription when the member chooses monthly support', async () => {
    fake.requests.length = 0
    const { donation: pending } = await checkout(1000, { monthly: true, member })
    expect(pending.monthly).toBe(true)
    expect(fake.requests[0]!.form).toMatchObject({
      mode: 'subscription',
      'line_items[0][price_data][recurring][interval]': 'month',
      'subscription_data[metadata][donationId]': String(pending.id),
      'subscription_data[metadata][memberId]': String(member.id),
    })
  })

  it('keeps the attempt as failed when Stripe refuses, and tells the caller', async () => {
    fake.failNext(1)
    await expect(checkout(2500)).rejects.toBeInstanceOf(CheckoutUnavailable)
    const { docs } = await payload.find({ collection: 'donations', depth: 0 })
    expect(docs.map((d) => [d.status, d.amount])).toEqual([['failed', 2500]])
  })
})

describe('the Stripe webhook', () => {
  it('moves the donation to succeeded on checkout.session.completed and counts it', async () => {
    const { id } = await paidDonation(5000)
    expect(await donation(id)).toMatchObject({ status: 'succeeded', refundedAmount: 0 })
    expect((await donation(id)).stripePaymentIntentId).toMatch(/^pi_test_/)
    expect(await raisedOf()).toBe(5000)
    expect(await eventRows()).toEqual([
      expect.objectContaining({
        type: 'checkout.session.completed',
        outcome: 'succeeded',
        donation_id: id,
      }),
    ])
  })

  it('refuses a bad, missing or stale signature and an unparseable body, changing nothing', async () => {
    const { donation: pending } = await checkout(5000)
    const body = JSON.stringify(fake.completedEvent(pending.stripeSessionId!))
    const wrongSecret = new Stripe('sk_test_x').webhooks.generateTestHeaderString({
      payload: body,
      secret: 'whsec_someone_else',
    })
    const stale = fake.sign(body, Math.floor(Date.now() / 1000) - 600)
    const garbage = 'this is not json'
    const answers = [
      await postWebhook(body, wrongSecret),
      await postWebhook(body),
      await postWebhook(body, stale),
      await postWebhook(body, 't=1,v1=deadbeef'),
      await postWebhook(garbage, fake.sign(garbage)),
    ]
    expect(answers.map((r) => r.status)).toEqual([400, 400, 400, 400, 400])
    expect((await donation(pending.id)).status).toBe('pending')
    expect(await eventRows()).toEqual([])
    expect(await raisedOf()).toBe(0)
  })

  it('applies the same event delivered 20 times at once exactly once', async () => {
    const { donation: pending } = await checkout(4000)
    const completed = fake.completedEvent(pending.stripeSessionId!)
    const answers = await Promise.all(Array.from({ length: 20 }, () => send(completed)))
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200))
    const results = await Promise.all(
      answers.map(async (r) => ((await r.json()) as { result: string }).result),
    )
    expect(results.filter((r) => r === 'processed')).toHaveLength(1)
    expect(results.filter((r) => r === 'duplicate')).toHaveLength(19)
    expect(await eventRows()).toHaveLength(1)
    const { docs } = await payload.find({
      collection: 'donations',
      where: { status: { equals: 'succeeded' } },
    })
    expect(docs).toHaveLength(1)
    expect(await raisedOf()).toBe(4000)
  })

  it('lowers raised on a refund: in part, then in full', async () => {
    const { id } = await paidDonation(5000)
    const paymentIntent = (await donation(id)).stripePaymentIntentId!
    await send(refundEvent(paymentIntent, 5000, 2000))
    expect(await donation(id)).toMatchObject({ status: 'succeeded', refundedAmount: 2000 })
    expect(await raisedOf()).toBe(3000)
    await send(refundEvent(paymentIntent, 5000, 5000))
    expect(await donation(id)).toMatchObject({ status: 'refunded', refundedAmount: 5000 })
    expect(await raisedOf()).toBe(0)
  })

  it('ends in the right state when the refund arrives before the success it refunds', async () => {
    const { donation: pending } = await checkout(3000)
    const completed = fake.completedEvent(pending.stripeSessionId!)
    const paymentIntent = (completed.data.object as Stripe.Checkout.Session)
      .payment_intent as string
    const early = await send(refundEvent(paymentIntent, 3000, 3000))
    expect(((await early.json()) as { result: string }).result).toBe('unmatched')
    await send(completed)
    expect(await donation(pending.id)).toMatchObject({ status: 'refunded', refundedAmount: 3000 })
    expect(await raisedOf()).toBe(0)
    expect((await eventRows()).every((row) => row.donation_id === pending.id)).toBe(true)
  })

  it('follows a delayed payment to success or failure', async () => {
    const first = (await checkout(2000)).donation
    const second = (await checkout(2500)).donation
    for (const pending of [first, second]) {
      const completed = fake.completedEvent(pending.stripeSessionId!)
      const unpaid = { ...(completed.data.object as object), payment_status: 'unpaid' }
      await send(fake.event('checkout.session.completed', unpaid))
    }
    expect((await donation(first.id)).status).toBe('pending')
    const session = (id: string) => fake.sessions.get(id)!
    await send(
      fake.event('checkout.session.async_payment_succeeded', session(first.stripeSessionId!)),
    )
    await send(
      fake.event('checkout.session.async_payment_failed', session(second.stripeSessionId!)),
    )
    expect((await donation(first.id)).status).toBe('succeeded')
    expect((await donation(second.id)).status).toBe('failed')
    expect(await raisedOf()).toBe(2000)
  })

  it('acknowledges an event type it does not act on, and ignores it', async () => {
    const { id } = await paidDonation(1500)
    const response = await send(
      fake.event('customer.created', { id: 'cus_test_1', object: 'customer' }),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ received: true, result: 'ignored' })
    expect((await donation(id)).status).toBe('succeeded')
    expect(await raisedOf()).toBe(1500)
  })

  it('counts every gift when many donations of one campaign succeed at the same moment', async () => {
    const amounts = [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000]
    const pendings = await Promise.all(amounts.map((amount) => checkout(amount)))
    await Promise.all(
      pendings.map(({ donation: d }) => send(fake.completedEvent(d.stripeSessionId!))),
    )
    expect(await raisedOf()).toBe(amounts.reduce((a, b) => a + b, 0))
    expect((await payload.findByID({ collection: 'campaigns', id: july.id })).donorCount).toBe(8)
  })

  it("books a later month of monthly support to the month's campaign, once", async () => {
    const invoice = (invoiceId: string) =>
      fake.event('invoice.paid', {
        id: invoiceId,
        object: 'invoice',
        billing_reason: 'subscription_cycle',
        amount_paid: 1000,
        currency: 'eur',
        status_transitions: { paid_at: Math.floor(Date.now() / 1000) },
        parent: {
          type: 'subscription_details',
          subscription_details: {
            subscription: 'sub_test_monthly',
            metadata: { memberId: String(member.id), anonymous: 'false', donorName: 'Abu Samer' },
          },
        },
      })
    const paid = invoice('in_test_august')
    await send(paid)
    await send(paid)
    // The same invoice announced again under another event id still gives one gift.
    await send(invoice('in_test_august'))
    const { docs } = await payload.find({ collection: 'donations', depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      campaign: july.id,
      amount: 1000,
      status: 'succeeded',
      monthly: true,
      anonymous: false,
      donorName: 'Abu Samer',
      donorMember: member.id,
      stripeInvoiceId: 'in_test_august',
    })
    expect(await raisedOf()).toBe(1000)
  })
})

describe('offline donations and the hands that record them', () => {
  it('counts a bank gift recorded by an admin, and keeps who recorded it', async () => {
    const gift = await payload.create({
      collection: 'donations',
      data: {
        campaign: july.id,
        amount: 20000,
        currency: 'EUR',
        method: 'bank',
        status: 'succeeded',
        reference: 'SEPA 0042',
      },
      user: asUser(admin),
      overrideAccess: false,
    })
    expect(gift).toMatchObject({
      status: 'succeeded',
      recordedBy: expect.objectContaining({ id: admin.id }),
    })
    expect(await raisedOf()).toBe(20000)
  })

  it('refuses to mark a card gift paid by hand, and a gift in another currency', async () => {
    const { donation: pending } = await checkout(2500)
    const byHand = await ruleError(
      payload.update({
        collection: 'donations',
        id: pending.id,
        data: { status: 'succeeded' },
        user: asUser(admin),
        overrideAccess: false,
      }),
    )
    expect(byHand.data?.rule).toBe('donation-stripe-status')
    const dollars = await ruleError(
      payload.create({
        collection: 'donations',
        data: {
          campaign: july.id,
          amount: 1000,
          currency: 'USD',
          method: 'cash',
          status: 'succeeded',
        },
        user: asUser(admin),
        overrideAccess: false,
        locale: 'en',
      }),
    )
    expect(dollars.data?.rule).toBe('donation-currency')
    expect(dollars.message).toContain('EUR')
    expect(await raisedOf()).toBe(0)
  })

  it('refuses a gift of nothing and a gift past any budget, in the admin and in the database', async () => {
    const token = await rest.login(admin.email)
    const gift = async (amount: number) => {
      const { status, json } = await rest.request('POST', '/donations', {
        token,
        language: 'en',
        body: { campaign: july.id, amount, currency: 'EUR', method: 'cash', status: 'succeeded' },
      })
      return `${status} ${JSON.stringify(json)}`
    }
    expect(await gift(0)).toMatch(/^400 .*digits only, above zero/)
    expect(await gift(99_999_999_999)).toMatch(/^400 .*at most 1,000,000/)
    // A write that does not go through Payload meets the same bounds.
    const db = await sqlHandle(payload)
    for (const amount of [0, 100_000_001]) {
      const direct = await db
        .execute(
          sql`INSERT INTO donations (campaign_id, amount, currency, method, status)
              VALUES (${july.id}, ${amount}, 'EUR', 'cash', 'succeeded')`,
        )
        .then(
          () => 'inserted',
          (error: { cause?: { code?: string } }) => error.cause?.code,
        )
      expect(direct).toBe('23514')
    }
    expect(await raisedOf()).toBe(0)
  })

  it('never deletes a campaign that has money recorded', async () => {
    await payload.create({
      collection: 'donations',
      data: {
        campaign: july.id,
        amount: 500,
        currency: 'EUR',
        method: 'cash',
        status: 'succeeded',
      },
    })
    const refused = await rest.request('DELETE', `/campaigns/${july.id}`, {
      token: await rest.login(admin.email),
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json)).toContain('campaign-has-money')
    expect(await payload.count({ collection: 'donations' })).toMatchObject({ totalDocs: 1 })
  })
})

describe('the CSV of every donation, transfer and expense', () => {
  it('is for admins only, and lists every entry with its amount', async () => {
    await paidDonation(5000)
    await payload.create({
      collection: 'donations',
      data: {
        campaign: july.id,
        amount: 12000,
        currency: 'EUR',
        method: 'bank',
        status: 'succeeded',
        donorName: '=HYPERLINK("x")',
      },
    })
    await payload.create({
      collection: 'transfers',
      data: {
        campaign: july.id,
        channel: 'exchange-office',
        amountSent: 15000,
        fees: 300,
        currency: 'EUR',
        exchangeRate: 14250,
        amountReceived: 213750000,
        receivedCurrency: 'SYP',
        confirmedBy: 'Abu Khaled',
        sentOn: '2026-07-20T10:00:00.000Z',
      },
    })
    const asMember = await fetch(`${rest.base}/money/export.csv`, {
      headers: { authorization: `JWT ${await rest.login(member.email)}` },
    })
    expect(asMember.status).toBe(403)
    const response = await fetch(`${rest.base}/money/export.csv`, {
      headers: { authorization: `JWT ${await rest.login(admin.email)}` },
    })
    expect(response.headers.get('content-type')).toContain('text/csv')
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toMatch(/^kind,id,date,campaign,method_or_channel,status,amount,currency/)
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 1)[0])).toEqual([
      'donation',
      'donation',
      'transfer',
    ])
    expect(lines.some((line) => line.includes('stripe,succeeded,50.00,EUR'))).toBe(true)
    expect(
      lines.some((line) => line.includes('exchange-office,sent,150.00,EUR,3.00,Abu Khaled')),
    ).toBe(true)
    // A formula typed into a donor's name is shown, never run, by a spreadsheet.
    expect(lines.some((line) => line.includes(`"'=HYPERLINK(""x"")"`))).toBe(true)
  })
})
