import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { chromiumPath } from '../helpers/browser'
import { E2E_STRIPE, startFakeStripe } from '../helpers/fakeStripe'
import { startProduct, type RunningProduct } from '../helpers/productProcess'
import { startSmtpPeer } from '../helpers/smtpPeer'

/** Waits until no email is waiting to be sent, or fails after a minute. */
const settled = async (databaseUrl: string) => {
  const db = new pg.Client(databaseUrl)
  await db.connect()
  try {
    const started = Date.now()
    for (;;) {
      const { rows } = await db.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM mail_deliveries WHERE status IN ('pending', 'sending')`,
      )
      if (rows[0]!.waiting === 0) return
      if (Date.now() - started > 60_000) {
        throw new Error(`The running CMS did not send the demo's ${rows[0]!.waiting} emails`)
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  } finally {
    await db.end()
  }
}

/** Addresses starting so are greylisted by the browser tests' mail server (the first try fails). */
export const GREYLISTED = 'greylisted-'

/** How often the running CMS's schedules fire in the browser tests (production: hourly). */
export const E2E_SCHEDULE_SECONDS = 2

/**
 * The product as a person runs it (`npm start` on a fresh data folder: embedded PostgreSQL, demo
 * data, the CMS with its job schedules and the portal on their own origins), with a real SMTP
 * peer for its mail and the local Stripe stand-in for its card giving, as a person would set
 * SMTP_URL and Stripe keys in `.env`. The only difference from the defaults: the schedules fire
 * every few seconds, so a reminder or a committee's dissolution happens within a test.
 */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-e2e-'))
  // The embedded PostgreSQL runs as the `postgres` user when we are root.
  fs.chmodSync(dataDir, 0o777)
  const mailDir = path.join(dataDir, 'smtp-received')
  // A greylisting mail server for some addresses, as many are: the first message is put off.
  const smtp = await startSmtpPeer(mailDir, {
    busyOnceFor: (address) => address.startsWith(GREYLISTED),
  })
  const stripe = await startFakeStripe({ webhookSecret: E2E_STRIPE.webhookSecret })
  const teardown = async () => {
    await product?.stop()
    await smtp.stop()
    await stripe.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  let product: RunningProduct | undefined
  try {
    // Unpacked once here, not by two test files at once.
    process.env.CHROMIUM_PATH = await chromiumPath()
    product = await startProduct({
      dataDir,
      env: {
        SMTP_URL: smtp.url,
        STRIPE_SECRET_KEY: E2E_STRIPE.secretKey,
        STRIPE_WEBHOOK_SECRET: E2E_STRIPE.webhookSecret,
        STRIPE_API_URL: stripe.url,
        FAZAA_JOBS_EVERY_SECONDS: String(E2E_SCHEDULE_SECONDS),
        LOG_LEVEL: 'warn',
      },
    })
    // Stripe sends its events to the running CMS's webhook, as `stripe listen --forward-to` does.
    await fetch(`${stripe.url}/_fake/webhook-url`, {
      method: 'POST',
      body: JSON.stringify({ url: `${product.cmsUrl}/api/stripe/webhook` }),
    })
    // The demo queues mail of its own (last month's digest, committee news): the CMS's schedule
    // sends it in its first seconds. The tests start once it has, so that a test comparing the
    // database before and after its requests sees only what its requests did.
    await settled(product.databaseUrl)
    // The test files read and check the same database and folders (never running jobs themselves).
    Object.assign(process.env, {
      DATABASE_URL: product.databaseUrl,
      DATA_DIR: dataDir,
      PAYLOAD_SECRET: product.secret,
      FAZAA_JOBS: 'off',
      LOG_LEVEL: 'warn',
      SMTP_URL: smtp.url,
    })
    project.provide('portalUrl', product.portalUrl)
    project.provide('cmsUrl', product.cmsUrl)
    project.provide('stripeUrl', stripe.url)
  } catch (error) {
    // A setup that cannot finish leaves nothing running behind it.
    await teardown()
    throw error
  }
  return teardown
}

declare module 'vitest' {
  export interface ProvidedContext {
    portalUrl: string
    cmsUrl: string
    stripeUrl: string
  }
}
