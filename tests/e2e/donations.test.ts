import pg from 'pg'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { launchChromium } from '../helpers/browser'
import { startPortal } from '../helpers/portalProcess'
import type { RecordedRequest } from '../helpers/fakeStripe'
import { testPayload } from '../helpers/payload'
import { E2E_STRIPE } from '../helpers/fakeStripe'

const portal = inject('portalUrl')
const stripe = inject('stripeUrl')
let browser: Browser
let db: pg.Client
let payload: Payload
let slug: string
let campaignId: number

const savedEnv = { ...process.env }

beforeAll(async () => {
  browser = await launchChromium()
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  // Stripe's events go to the running CMS's webhook (set by the e2e setup), as in production.
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: E2E_STRIPE.secretKey,
    STRIPE_WEBHOOK_SECRET: E2E_STRIPE.webhookSecret,
    STRIPE_API_URL: stripe,
  })
  payload = await testPayload()
  const { rows } = await db.query<{ slug: string; id: number }>(
    `SELECT slug, id FROM campaigns WHERE status = 'fundraising'`,
  )
  slug = rows[0]!.slug
  campaignId = rows[0]!.id
})

afterAll(async () => {
  process.env = savedEnv
  await browser?.close()
  await db?.end()
})

/** A phone-sized page with scripts off: giving must work without JavaScript. */
const phone = async (): Promise<Page> => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    javaScriptEnabled: false,
  })
  return context.newPage()
}

const raisedOnPage = async (page: Page) =>
  Number(await page.locator('[data-raised]').first().getAttribute('data-raised'))

const stripeRequests = async () =>
  (await (await fetch(`${stripe}/_fake/requests`)).json()) as RecordedRequest[]

const donationCount = async () =>
  Number((await db.query(`SELECT count(*) FROM donations`)).rows[0].count)

const postDonation = (prefix: '' | '/en', fields: Record<string, string>) =>
  fetch(`${portal}${prefix}/campaigns/${slug}/donate/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: portal },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  })

describe('giving on a campaign page', () => {
  it('goes from the campaign page through Checkout and the webhook to the progress bar', async () => {
    const page = await phone()
    await page.goto(`${portal}/en/`)
    await page.getByRole('link', { name: 'Donate', exact: true }).click()
    await page.waitForURL(`${portal}/en/campaigns/${slug}/#donate`)
    const before = await raisedOnPage(page)
    const sentBefore = (await stripeRequests()).length

    await page.getByLabel('Other amount').fill('25')
    await page.getByLabel('Show my name in the list of donors').check()
    await page.getByLabel('Name to show (optional)').fill('Umm Fadi')
    await page.getByRole('button', { name: 'Continue to secure payment' }).click()

    // On the (fake) Stripe Checkout page, with what the SDK asked for.
    await page.waitForURL(`${stripe}/pay/**`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      '25.00 EUR',
    )
    const sent = (await stripeRequests()).slice(sentBefore)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.form).toMatchObject({
      'line_items[0][price_data][unit_amount]': '2500',
      'line_items[0][price_data][currency]': 'eur',
      'metadata[campaignId]': String(campaignId),
      success_url: `${portal}/en/campaigns/${slug}/thanks/?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${portal}/en/campaigns/${slug}/donate/?cancelled=1`,
      locale: 'en',
    })
    const pending = await db.query(
      `SELECT status, amount, anonymous, donor_name FROM donations WHERE id = $1`,
      [Number(sent[0]!.form['metadata[donationId]'])],
    )
    expect(pending.rows[0]).toMatchObject({
      status: 'pending',
      anonymous: false,
      donor_name: 'Umm Fadi',
    })

    // Pay: Stripe sends the signed webhook to the CMS, then the donor back to us.
    await page.getByRole('button', { name: 'Pay' }).click()
    await page.waitForURL(`${portal}/en/campaigns/${slug}/thanks/**`)
    await expect(page.locator('[data-gift-status]').getAttribute('data-gift-status')).resolves.toBe(
      'succeeded',
    )
    expect(await page.getByRole('status').textContent()).toContain('has arrived')

    await page.goto(`${portal}/en/campaigns/${slug}/`)
    expect(await raisedOnPage(page)).toBe(before + 2500)
    await expect(page.locator('.donations li').first().textContent()).resolves.toContain('Umm Fadi')
    await page.context().close()
  })

  it('says "thank you" in Arabic too, and waits for a webhook that is late', async () => {
    const sentBefore = (await stripeRequests()).length
    const response = await postDonation('', { currency: 'EUR', amount: '10' })
    expect(response.status).toBe(303)
    const [request] = (await stripeRequests()).slice(sentBefore)
    expect(request!.form.success_url).toBe(
      `${portal}/campaigns/${slug}/thanks/?session_id={CHECKOUT_SESSION_ID}`,
    )
    const sessionId = response.headers.get('location')!.split('/pay/')[1]!
    const page = await phone()
    await page.goto(`${portal}/campaigns/${slug}/thanks/?session_id=${sessionId}`)
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    await expect(page.locator('[data-gift-status]').getAttribute('data-gift-status')).resolves.toBe(
      'pending',
    )
    // The page refreshes itself (no script needed) until the webhook lands.
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(1)
    await page.context().close()
  })

  it('refuses bad amounts with the rule in the reader language, and creates no session', async () => {
    const sentBefore = (await stripeRequests()).length
    const donationsBefore = await donationCount()
    const cases: [Record<string, string>, string][] = [
      [{ currency: 'EUR', amount: '0' }, 'The smallest card gift is €1'],
      [{ currency: 'EUR', otherAmount: '-20' }, 'Type the amount as a number'],
      [{ currency: 'EUR', otherAmount: '1000000' }, 'The largest card gift is €25,000'],
      [{ currency: 'EUR', otherAmount: 'twenty' }, 'Type the amount as a number'],
      [{ currency: 'USD', amount: '25' }, 'gifts are in EUR, so that its figures add up'],
    ]
    for (const [fields, words] of cases) {
      const response = await postDonation('/en', fields)
      expect([fields, response.status]).toEqual([fields, 422])
      const html = await response.text()
      expect(html).toContain(words)
      // What was typed stays in the form.
      if (fields.otherAmount) expect(html).toContain(`value="${fields.otherAmount}"`)
    }
    const arabic = await postDonation('', { currency: 'EUR', otherAmount: 'عشرون' })
    expect(arabic.status).toBe(422)
    expect(await arabic.text()).toContain('اكتب المبلغ أرقاماً فقط')
    expect((await stripeRequests()).length).toBe(sentBefore)
    expect(await donationCount()).toBe(donationsBefore)
  })

  it('brings a donor who leaves the payment page back to the form, charged nothing', async () => {
    const response = await postDonation('/en', { currency: 'EUR', amount: '50' })
    const page = await phone()
    await page.goto(`${response.headers.get('location')}/cancel`)
    await page.waitForURL(`${portal}/en/campaigns/${slug}/donate/?cancelled=1`)
    expect(await page.getByRole('status').textContent()).toContain('nothing was charged')
    expect(await page.getByRole('button', { name: 'Continue to secure payment' }).count()).toBe(1)
    await page.context().close()
  })
})

describe('without Stripe keys', () => {
  let plain: Awaited<ReturnType<typeof startPortal>>
  let plainUrl: string

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = { ...savedEnv }
    for (const key of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_API_URL'])
      delete env[key]
    plain = await startPortal(env)
    plainUrl = plain.url
  })

  afterAll(() => plain?.stop())

  it('explains that card giving is not set up and shows the bank details instead', async () => {
    const page = await phone()
    await page.goto(`${plainUrl}/en/campaigns/${slug}/`)
    const donate = page.locator('#donate')
    expect(await donate.textContent()).toContain('Card giving is not set up on this site yet')
    expect(await donate.textContent()).toContain('DE00 1234 5678 9000 0000 00')
    // The reference names this campaign's own month.
    const { month } = (
      await db.query<{ month: string }>(`SELECT month FROM campaigns WHERE slug = $1`, [slug])
    ).rows[0]!
    expect(await donate.textContent()).toMatch(
      new RegExp(`Reference for this campaign\\s*Donation ${month}`),
    )
    expect(await donate.getByRole('button').count()).toBe(0)
    await page.context().close()
    const posted = await fetch(`${plainUrl}/en/campaigns/${slug}/donate/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: plainUrl },
      body: new URLSearchParams({ currency: 'EUR', amount: '25' }),
    })
    expect(posted.status).toBe(503)
    expect(await posted.text()).toContain('DE00 1234 5678 9000 0000 00')
  })
})

describe('money out, on the campaign page', () => {
  it('takes a lead’s expense with its receipt, shows it once another admin approves it', async () => {
    // The lead of the committee carrying out this month's campaign.
    const committee = await db.query<{ id: number; email: string }>(
      `SELECT c.id, m.email FROM committees c JOIN members m ON m.id = c.lead_id WHERE c.campaign_id = $1`,
      [campaignId],
    )
    const page = await phone()
    await page.goto(`${portal}/en/signin/`)
    await page.locator('#password-email').fill(committee.rows[0]!.email)
    await page.locator('#password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in with password' }).click()
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/en/committees/${committee.rows[0]!.id}/expenses/`)
    expect(await page.locator('main').textContent()).toContain('Submit an expense')
    await page.getByLabel('What was paid for').fill('Two fire extinguishers')
    await page.getByLabel('Amount in EUR').fill('84,50')
    const receipt = await sharp({
      create: { width: 300, height: 400, channels: 3, background: '#ffffff' },
    })
      .jpeg()
      .toBuffer()
    await page
      .getByLabel('Photo of the receipt (image or PDF)')
      .setInputFiles({ name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: receipt })
    await page.getByRole('button', { name: 'Submit an expense' }).click()
    expect(await page.getByRole('status').textContent()).toContain('Expense submitted')
    expect(await page.locator('[data-expense-status="submitted"]').textContent()).toContain(
      'Two fire extinguishers',
    )
    await page.context().close()

    const { rows } = await db.query<{ id: number; receipt_id: number | null }>(
      `SELECT e.id, e.receipt_id FROM expenses e JOIN expenses_locales l ON l._parent_id = e.id
       WHERE l.description = 'Two fire extinguishers'`,
    )
    expect(rows[0]!.receipt_id).not.toBeNull()
    const treasurer = (
      await payload.find({
        collection: 'members',
        where: { email: { equals: 'mariam-ali@fazaa.example' } },
      })
    ).docs[0]!
    await payload.update({
      collection: 'expenses',
      id: rows[0]!.id,
      data: { status: 'approved' },
      user: treasurer,
      overrideAccess: false,
    })

    const visitor = await phone()
    await visitor.goto(`${portal}/en/campaigns/${slug}/`)
    expect(await visitor.locator('#money').locator('..').textContent()).toContain(
      'Two fire extinguishers',
    )
    await visitor.context().close()
  })

  it('shows figures that add up and match the donations, transfers and expenses', async () => {
    const { rows } = await db.query<{ slug: string; id: number }>(
      `SELECT slug, id FROM campaigns WHERE status = 'closed' ORDER BY month DESC LIMIT 1`,
    )
    const closed = rows[0]!
    const page = await phone()
    await page.goto(`${portal}/en/campaigns/${closed.slug}/`)
    const figure = async (name: string) =>
      Number(await page.locator(`[data-figure="${name}"]`).getAttribute('data-amount'))
    const [raised, transferred, fees, spent, balance] = (await Promise.all(
      ['raised', 'transferred', 'fees', 'spent', 'balance'].map(figure),
    )) as [number, number, number, number, number]
    expect(raised - fees - spent).toBe(balance)
    const sums = await db.query(
      `SELECT
         (SELECT coalesce(sum(amount - coalesce(refunded_amount, 0)), 0) FROM donations
            WHERE campaign_id = $1 AND status = 'succeeded')::int AS raised,
         (SELECT coalesce(sum(amount_sent), 0) FROM transfers WHERE campaign_id = $1)::int AS transferred,
         (SELECT coalesce(sum(fees), 0) FROM transfers WHERE campaign_id = $1)::int AS fees,
         (SELECT coalesce(sum(amount), 0) FROM expenses
            WHERE campaign_id = $1 AND status = 'approved')::int AS spent`,
      [closed.id],
    )
    expect({ raised, transferred, fees, spent }).toEqual(sums.rows[0])
    expect(transferred).toBeGreaterThan(0)
    // Receipts open from the portal itself.
    const receiptLink = page.getByRole('link', { name: 'View receipt' }).first()
    const receipt = await fetch(new URL((await receiptLink.getAttribute('href'))!, portal))
    expect([receipt.status, receipt.headers.get('content-type')]).toEqual([200, 'image/png'])
    await page.context().close()

    const transparency = await fetch(`${portal}/en/transparency/`)
    const html = await transparency.text()
    expect(html).toContain('Sent to the town')
    expect(html).toContain('Transfer fees')

    // The chart names each campaign and writes its figures, in Arabic digits on the Arabic page.
    const reader = await phone()
    await reader.goto(`${portal}/transparency/`)
    const bar = reader.locator(`[data-chart-campaign="${closed.slug}"]`)
    const arabicMoney = (minor: number) =>
      new Intl.NumberFormat('ar-SY').format(Math.trunc(minor / 100))
    await expect(bar.locator('[data-chart="raised"]').textContent()).resolves.toContain(
      arabicMoney(raised),
    )
    await expect(bar.locator('[data-chart="spent"]').textContent()).resolves.toContain(
      arabicMoney(spent),
    )
    await expect(bar.getByRole('link').textContent()).resolves.toMatch(/\S/)
    await reader.context().close()
  })
})
