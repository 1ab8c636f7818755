import pg from 'pg'
import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCheckout } from '../../cms/lib/stripe/startCheckout'
import { stripeClient } from '../../cms/lib/stripe/stripeClient'
import { startThrowawayDatabase, type ThrowawayDatabase } from '../../scripts/lib/throwawayDatabase'
import { startFakeStripe, type FakeStripe } from '../helpers/fakeStripe'
import { testPayload } from '../helpers/payload'
import { startRestServerProcess } from '../helpers/restServerChild'
import { faultEnvironment } from '../helpers/faultEnvironment'

const WEBHOOK_SECRET = 'whsec_faults'
const GIFTS = 40

/**
 * The CMS killed with SIGKILL in the middle of a burst of Stripe webhooks (40 donors paying at
 * once), then started again while Stripe re-delivers every event (it retries whatever was not
 * acknowledged; here, to be hard on it, everything). Every donation is counted exactly once.
 */
let database: ThrowawayDatabase
let fake: FakeStripe
let payload: Payload
let folder: ReturnType<typeof faultEnvironment>
let env: NodeJS.ProcessEnv
const savedEnv = { ...process.env }

beforeAll(async () => {
  database = await startThrowawayDatabase('kill_webhooks')
  fake = await startFakeStripe({ webhookSecret: WEBHOOK_SECRET })
  folder = faultEnvironment('kill-webhooks', database.url, {
    STRIPE_SECRET_KEY: 'sk_test_faults',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_URL: fake.url,
  })
  env = folder.env
  Object.assign(process.env, env)
  payload = await testPayload('kill-webhooks')
}, 120_000)

afterAll(async () => {
  process.env = savedEnv
  await fake?.close()
  await database?.stop()
  folder?.remove()
})

const deliver = (base: string, event: Stripe.Event) => {
  const body = JSON.stringify(event)
  return fetch(`${base}/stripe/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': fake.sign(body) },
    body,
  })
}

describe('the CMS killed during a burst of webhooks', () => {
  it(
    'counts every donation exactly once after a restart and Stripe’s re-deliveries',
    { timeout: 180_000 },
    async () => {
      const campaign = await payload.create({
        collection: 'campaigns',
        data: {
          title: 'Fire pump',
          month: '2026-07',
          status: 'fundraising',
          goal: { amount: 500000, currency: 'EUR' },
        },
      })
      const events: Stripe.Event[] = []
      let expected = 0
      for (let gift = 1; gift <= GIFTS; gift++) {
        const amount = 1000 + gift * 10
        expected += amount
        const { donation } = await startCheckout(payload, stripeClient()!, {
          campaign,
          amount,
          monthly: false,
          anonymous: true,
          locale: 'en',
          successUrl: 'http://portal.test/thanks?session_id={CHECKOUT_SESSION_ID}',
          cancelUrl: 'http://portal.test/',
        })
        events.push(fake.completedEvent(donation.stripeSessionId!))
      }

      const first = await startRestServerProcess(env)
      let acknowledged = 0
      let next = 0
      const burst = Array.from({ length: 8 }, async () => {
        while (next < events.length) {
          const event = events[next++]!
          try {
            if ((await deliver(first.base, event)).status === 200) acknowledged += 1
          } catch {
            // The server died under this delivery: Stripe will send it again.
          }
          if (acknowledged >= 10 && first.child.exitCode === null) first.child.kill('SIGKILL')
        }
      })
      await Promise.all(burst)
      await new Promise((resolve) =>
        first.child.exitCode !== null || first.child.signalCode
          ? resolve(null)
          : first.child.once('exit', resolve),
      )
      expect(acknowledged).toBeGreaterThanOrEqual(10)
      expect(acknowledged).toBeLessThan(GIFTS)

      const second = await startRestServerProcess(env)
      try {
        const answers = await Promise.all(events.map((event) => deliver(second.base, event)))
        expect(answers.map((answer) => answer.status)).toEqual(Array(GIFTS).fill(200))
      } finally {
        second.child.kill('SIGTERM')
      }

      const db = new pg.Client(database.url)
      await db.connect()
      const { rows } = await db.query<{ succeeded: number; events: number; raised: string }>(
        `SELECT (SELECT count(*)::int FROM donations WHERE status = 'succeeded') AS succeeded,
              (SELECT count(*)::int FROM stripe_events) AS events,
              (SELECT raised FROM campaigns WHERE id = $1) AS raised`,
        [campaign.id],
      )
      const { rows: sums } = await db.query<{ total: string }>(
        `SELECT sum(amount) AS total FROM donations WHERE status = 'succeeded'`,
      )
      await db.end()
      expect(rows[0]!.succeeded).toBe(GIFTS)
      expect(rows[0]!.events).toBe(GIFTS)
      expect(Number(rows[0]!.raised)).toBe(expected)
      expect(Number(sums[0]!.total)).toBe(expected)
    },
  )
})
