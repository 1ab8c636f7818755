import pg from 'pg'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { unsubscribeToken } from '../../cms/plugins/mail/unsubscribe/unsubscribeToken'
import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { launchChromium } from '../helpers/browser'
import { testPayload } from '../helpers/payload'

const portal = inject('portalUrl')
let browser: Browser
let db: pg.Client
let payload: Payload

beforeAll(async () => {
  browser = await launchChromium()
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  payload = await testPayload()
})

afterAll(async () => {
  await browser?.close()
  await db?.end()
})

const signedIn = async (javaScriptEnabled: boolean) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    javaScriptEnabled,
  })
  const page = await context.newPage()
  await page.goto(`${portal}/en/signin/`)
  await page.locator('#password-email').fill('joud-al-rifai@fazaa.example')
  await page.locator('#password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in with password' }).click()
  await page.waitForURL(`${portal}/en/me/`)
  return page
}

describe('the run sheet', () => {
  it('lists the segments in order with their minutes, and runs a clock that shows over-time', async () => {
    const { rows } = await db.query<{ id: number }>(
      `SELECT id FROM meetings WHERE kind = 'big-sunday' AND status = 'planned' ORDER BY starts_at LIMIT 1`,
    )
    const id = rows[0]!.id
    const page = await signedIn(true)
    await page.goto(`${portal}/en/me/meetings/`)
    await page
      .locator(`[data-meeting-id="${id}"]`)
      .getByRole('link', { name: /Run sheet/ })
      .click()
    await page.waitForURL(`${portal}/en/meetings/${id}/run/`)
    const headings = await page.locator('.sheet h2').allTextContents()
    expect(headings[0]).toMatch(/^Introductions · 10 minutes/)
    expect(headings.at(-1)).toMatch(/^Closing/)
    const first = page.locator('[data-segment="0"]')
    await first.getByRole('button', { name: 'Start' }).click()
    await expect(first.locator('output').textContent()).resolves.toMatch(
      /Elapsed 0:0\d · Left (10:00|9:5\d)/,
    )
    // Eleven minutes into a ten-minute segment.
    await page.evaluate((meeting) => {
      localStorage.setItem(
        `fazaa-run-${meeting}`,
        JSON.stringify({ index: 0, startedAt: Date.now() - 11 * 60_000 }),
      )
    }, id)
    await page.waitForFunction(() =>
      document.querySelector('[data-segment="0"]')?.classList.contains('over'),
    )
    expect(await first.locator('output').textContent()).toMatch(/^Over time \+1:0\d/)
    await page.context().close()

    const plain = await signedIn(false)
    await plain.goto(`${portal}/en/meetings/${id}/run/`)
    expect(await plain.locator('.sheet li').count()).toBe(headings.length)
    expect(await plain.getByRole('button', { name: 'Start' }).count()).toBe(0)
    await plain.context().close()
  })

  it("shows the campaign segments' figures as they are when it is opened, not when the agenda was made", async () => {
    const { rows } = await db.query<{ id: number }>(
      `SELECT id FROM meetings WHERE kind = 'big-sunday' AND status = 'planned' AND starts_at > now()
       ORDER BY starts_at LIMIT 1`,
    )
    const id = rows[0]!.id
    // A vote selects a proposal after the meeting's agenda was written.
    const { rows: picked } = await db.query<{
      id: number
      status: string
      closes: Date
      title: string
    }>(
      `SELECT id, status, voting_closes_at AS closes,
         -- English, as the English digest shows it, or the Arabic an English reader falls back to.
         (SELECT title FROM proposals_locales WHERE _parent_id = proposals.id
          ORDER BY _locale = 'en' DESC LIMIT 1) AS title
       FROM proposals
       WHERE status IN ('not-selected', 'in-discussion', 'submitted') ORDER BY id LIMIT 1`,
    )
    const proposal = picked[0]!
    await db.query(
      `UPDATE proposals SET status = 'selected', voting_closes_at = now() - interval '1 minute' WHERE id = $1`,
      [proposal.id],
    )
    try {
      const page = await signedIn(false)
      await page.goto(`${portal}/en/meetings/${id}/run/`)
      await expect(page.locator('[data-live="next-campaign"]').textContent()).resolves.toContain(
        `The proposal the vote selected: “${proposal.title}”`,
      )
      // Last month's campaign, with its figures, or the truth that there was none.
      await expect(page.locator('[data-live="last-campaign"]').textContent()).resolves.toMatch(
        /raised, .* spent|No campaign last month/,
      )
      await expect(page.locator('.sheet').textContent()).resolves.not.toMatch(/\d{4}-\d{2}-\d{2}/)
      await page.context().close()
    } finally {
      await db.query(`UPDATE proposals SET status = $2, voting_closes_at = $3 WHERE id = $1`, [
        proposal.id,
        proposal.status,
        proposal.closes,
      ])
    }
  })

  it('is for signed-in members only', async () => {
    const response = await fetch(`${portal}/en/meetings/1/run/`, { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/\/en\/signin\/\?next=/)
  })
})

describe('the unsubscribe page', () => {
  it('asks before stopping the digest, works without a session, and refuses a forged link', async () => {
    const { rows } = await db.query<{ id: number }>(
      `SELECT id FROM members WHERE status = 'active' AND digest_opt_in ORDER BY id DESC LIMIT 1`,
    )
    const memberId = rows[0]!.id
    const page = await browser.newPage()
    await page.goto(
      `${portal}/en/unsubscribe/?token=${encodeURIComponent(unsubscribeToken(payload.secret, 'digest', memberId))}`,
    )
    // Opening the link changed nothing (mail scanners open links).
    expect(
      (await db.query(`SELECT digest_opt_in FROM members WHERE id = $1`, [memberId])).rows[0],
    ).toEqual({
      digest_opt_in: true,
    })
    await page.getByRole('button', { name: 'Yes, stop them' }).click()
    expect(await page.getByRole('status').textContent()).toContain('The meeting digest is stopped')
    expect(
      (await db.query(`SELECT digest_opt_in FROM members WHERE id = $1`, [memberId])).rows[0],
    ).toEqual({
      digest_opt_in: false,
    })
    const forged = await fetch(`${portal}/en/unsubscribe/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: portal },
      body: new URLSearchParams({ token: `digest.${memberId}.forged` }),
    })
    expect(forged.status).toBe(400)
    expect(await forged.text()).toContain('This link is not valid')
    await page.close()
  })
})
