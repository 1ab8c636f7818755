import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import Stripe from 'stripe'

/** Card giving is on in the e2e portal, against the fake below. */
export const E2E_STRIPE = { secretKey: 'sk_test_fazaa_e2e', webhookSecret: 'whsec_fazaa_e2e' }

/** One API call the SDK made, as the fake received it. */
export interface RecordedRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  /** The form body, flat: `line_items[0][price_data][unit_amount]` → `'2500'`. */
  form: Record<string, string>
}

interface FakeSession {
  id: string
  object: 'checkout.session'
  url: string
  mode: string
  amount_total: number
  currency: string
  metadata: Record<string, string>
  client_reference_id: string | null
  success_url: string
  cancel_url: string
  payment_status: 'unpaid' | 'paid'
  status: 'open' | 'complete'
  payment_intent: string | null
  subscription: string | null
}

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`

/** Stripe's `{...}` placeholders in return URLs, as Stripe fills them in. */
const fillUrl = (template: string, session: FakeSession) =>
  template.replace('{CHECKOUT_SESSION_ID}', session.id)

const readBody = async (request: http.IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A local stand-in for the part of Stripe's HTTP API the fellowship uses, so that the real SDK
 * runs end to end without the network: it creates Checkout Sessions (honouring idempotency
 * keys), serves a one-button payment page in place of Stripe's, and on "Pay" delivers a
 * `checkout.session.completed` event signed with the real scheme to the webhook URL, then sends
 * the browser to the success URL, as Stripe (and `stripe listen --forward-to`) would.
 *
 * The control endpoints under `/_fake/` let a test in another process set the webhook URL and
 * read the recorded requests.
 */
export const startFakeStripe = async ({ webhookSecret }: { webhookSecret: string }) => {
  const requests: RecordedRequest[] = []
  const sessions = new Map<string, FakeSession>()
  const byIdempotencyKey = new Map<string, string>()
  let webhookUrl: string | null = null
  let failuresLeft = 0
  const signer = new Stripe('sk_test_fake_signer')

  const event = (type: string, object: object): Stripe.Event =>
    ({
      id: id('evt'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: Math.floor(Date.now() / 1000),
      type,
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    }) as unknown as Stripe.Event

  const sign = (payload: string, timestamp?: number) =>
    signer.webhooks.generateTestHeaderString({ payload, secret: webhookSecret, timestamp })

  const deliver = async (stripeEvent: Stripe.Event) => {
    if (!webhookUrl) throw new Error('The fake Stripe has no webhook URL to deliver to')
    const payload = JSON.stringify(stripeEvent)
    return fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': sign(payload) },
      body: payload,
    })
  }

  const completedEvent = (session: FakeSession) => {
    session.status = 'complete'
    session.payment_status = 'paid'
    if (session.mode === 'subscription') session.subscription ??= id('sub')
    else session.payment_intent ??= id('pi')
    return event('checkout.session.completed', { ...session })
  }

  const createSession = (form: Record<string, string>, base: string): FakeSession => {
    const session: FakeSession = {
      id: id('cs'),
      object: 'checkout.session',
      url: '',
      mode: form.mode ?? 'payment',
      amount_total: Number(form['line_items[0][price_data][unit_amount]'] ?? 0),
      currency: form['line_items[0][price_data][currency]'] ?? 'eur',
      metadata: Object.fromEntries(
        Object.entries(form)
          .filter(([key]) => key.startsWith('metadata['))
          .map(([key, value]) => [key.slice('metadata['.length, -1), value]),
      ),
      client_reference_id: form.client_reference_id ?? null,
      success_url: form.success_url ?? '',
      cancel_url: form.cancel_url ?? '',
      payment_status: 'unpaid',
      status: 'open',
      payment_intent: null,
      subscription: null,
    }
    session.url = `${base}/pay/${session.id}`
    sessions.set(session.id, session)
    return session
  }

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const base = `http://${request.headers.host}`
    const body = await readBody(request)
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(value))
    }

    if (url.pathname === '/_fake/webhook-url' && request.method === 'POST') {
      webhookUrl = (JSON.parse(body) as { url: string }).url
      return json(200, { webhookUrl })
    }
    if (url.pathname === '/_fake/requests') return json(200, requests)

    const pay = /^\/pay\/(cs_test_\w+)(\/cancel)?$/.exec(url.pathname)
    if (pay) {
      const session = sessions.get(pay[1]!)
      if (!session) return json(404, { error: 'No such session' })
      if (pay[2]) {
        response.writeHead(303, { location: fillUrl(session.cancel_url, session) })
        return response.end()
      }
      if (request.method === 'GET') {
        const amount = (session.amount_total / 100).toFixed(2)
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        return response.end(`<!doctype html><html lang="en"><title>Test payment</title>
<main><h1>Test payment: ${amount} ${session.currency.toUpperCase()}</h1>
<form method="post"><button type="submit">Pay</button></form>
<p><a href="/pay/${session.id}/cancel">Back</a></p></main></html>`)
      }
      const delivered = await deliver(completedEvent(session))
      if (!delivered.ok) return json(502, { error: `Webhook answered ${delivered.status}` })
      response.writeHead(303, { location: fillUrl(session.success_url, session) })
      return response.end()
    }

    if (!url.pathname.startsWith('/v1/')) return json(404, { error: 'Not found' })
    // The API proper: /v1/...
    const form = Object.fromEntries(new URLSearchParams(body))
    requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      headers: request.headers,
      form,
    })
    if (failuresLeft > 0) {
      failuresLeft -= 1
      return json(400, {
        error: { type: 'invalid_request_error', message: 'The fake was told to fail this call' },
      })
    }
    if (url.pathname === '/v1/checkout/sessions' && request.method === 'POST') {
      const key = request.headers['idempotency-key']
      const known = typeof key === 'string' ? byIdempotencyKey.get(key) : undefined
      if (known) return json(200, sessions.get(known))
      const session = createSession(form, base)
      if (typeof key === 'string') byIdempotencyKey.set(key, session.id)
      return json(200, session)
    }
    return json(404, {
      error: {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${url.pathname})`,
      },
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    requests,
    sessions,
    /** Where "Pay" delivers its event. */
    setWebhookUrl: (next: string) => {
      webhookUrl = next
    },
    /** The next `count` API calls answer with an error, as when Stripe refuses or is down. */
    failNext: (count = 1) => {
      failuresLeft = count
    },
    event,
    sign,
    deliver,
    /** The event Stripe sends when the donor pays the session. */
    completedEvent: (sessionId: string) => {
      const session = sessions.get(sessionId)
      if (!session) throw new Error(`No session ${sessionId}`)
      return completedEvent(session)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>
