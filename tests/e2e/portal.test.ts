import pg from 'pg'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { formatMoney } from '@fazaa/shared/money'
import { launchChromium } from '../helpers/browser'
import { eventually } from '../helpers/eventually'
import { readMailbox } from '../helpers/mailbox'
import { signInToPortal } from '../helpers/portalSession'

const portal = inject('portalUrl')
let browser: Browser
let page: Page
let db: pg.Client

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 360, height: 780 } })
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
})

afterAll(async () => {
  await browser?.close()
  await db?.end()
})

const currentCampaign = async () =>
  (
    await db.query<{ raised: string; donor_count: string; slug: string }>(
      `SELECT raised, donor_count, slug FROM campaigns WHERE status = 'fundraising'`,
    )
  ).rows[0]!

describe('the portal in Chromium', () => {
  it('serves the home page in Arabic, right to left, with the database’s numbers', async () => {
    await page.goto(`${portal}/`)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    const campaign = await currentCampaign()
    expect(await page.getAttribute('[data-raised]', 'data-raised')).toBe(
      String(Number(campaign.raised)),
    )
    const bar = page.locator('article[data-campaign-id]').getByRole('progressbar')
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0)
    // The next meeting's time, in the reader's zone, then a spaced dash (not «·», a zero next
    // to Arabic digits) and the link.
    await expect(
      page.locator('section[aria-labelledby="next-meeting"] p').textContent(),
    ).resolves.toMatch(/\S — \S/)
    // The limits as Arabic counts them: the dual for two months, Arabic-Indic digits.
    await expect(
      page.getByText('تنفذه لجنة طيارة من ٥ أعضاء على الأكثر خلال شهرين على الأكثر').count(),
    ).resolves.toBe(1)
  })

  it('serves the same page in English, left to right', async () => {
    await page.goto(`${portal}/en/`)
    expect(await page.getAttribute('html', 'dir')).toBe('ltr')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      "This month's campaign",
    )
    // The steps quote the configured limits (the workflow plugin's), not numbers in the page.
    await expect(page.getByText('A flying committee of at most 5 people').count()).resolves.toBe(1)
    await expect(page.getByText('carries it out within 2 months').count()).resolves.toBe(1)
  })

  it('shows a campaign page whose money adds up, and switching language keeps the page', async () => {
    const { slug } = await currentCampaign()
    const july = await db.query<{ slug: string; raised: string }>(
      `SELECT slug, raised FROM campaigns WHERE month LIKE '%-07' ORDER BY month DESC LIMIT 1`,
    )
    await page.goto(`${portal}/campaigns/${july.rows[0]!.slug}/`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'تجهيز غرفة الحرائق في المشهد العالي',
    )
    const spent = await db.query<{ total: string }>(
      `SELECT coalesce(sum(e.amount), 0) AS total FROM expenses e JOIN campaigns c ON c.id = e.campaign_id
       WHERE c.slug = $1 AND e.status = 'approved'`,
      [july.rows[0]!.slug],
    )
    expect(await page.getAttribute('[data-figure="spent"]', 'data-amount')).toBe(
      String(Number(spent.rows[0]!.total)),
    )
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(`${portal}/en/campaigns/${july.rows[0]!.slug}/`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Equipment for the fire room in al-Mashhad al-Aali',
    )
    await page.goto(`${portal}/en/campaigns/${slug}/`)
    const share = await page.getByRole('link', { name: 'Share on WhatsApp' }).getAttribute('href')
    expect(share).toMatch(/^https:\/\/wa\.me\/\?text=.*campaigns/)
  })

  it('keeps filters when switching language on the campaigns list', async () => {
    await page.goto(`${portal}/en/campaigns/?status=closed`)
    const cards = await page.locator('article').count()
    const closed = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM campaigns WHERE status = 'closed'`,
    )
    expect(cards).toBe(Number(closed.rows[0]!.n))
    await page.getByRole('link', { name: 'العربية' }).click()
    await page.waitForURL(`${portal}/campaigns/?status=closed`)
    expect(await page.locator('article').count()).toBe(cards)
  })

  it('answers an unknown address with a 404 page in the right language', async () => {
    const response = await page.goto(`${portal}/en/campaigns/no-such-campaign/`)
    expect(response?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found')
    const arabic = await page.goto(`${portal}/nothing-here`)
    expect(arabic?.status()).toBe(404)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
  })
})

describe('meetings', () => {
  it('lists the coming Big Sunday Meeting with its agenda, in the visitor’s own time zone', async () => {
    const visitor = await browser.newPage({ timezoneId: 'America/Toronto', locale: 'en-CA' })
    await visitor.goto(`${portal}/en/meetings/`)
    const next = await db.query<{ id: number; starts_at: Date }>(
      `SELECT id, starts_at FROM meetings WHERE kind = 'big-sunday' AND starts_at > now() AND visibility = 'public'`,
    )
    const card = visitor.locator('article', { hasText: 'Big Sunday Meeting' }).first()
    const expected = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: 'America/Toronto',
    }).format(next.rows[0]!.starts_at)
    await expect(card.locator('time').textContent()).resolves.toBe(`${expected} (your time)`)
    await expect(card.locator('summary').textContent()).resolves.toBe('Agenda')
    await expect(card.locator('li').count()).resolves.toBeGreaterThanOrEqual(5)
    await visitor.close()
  })

  it('shows a meeting that took place with its summary, not a calendar entry', async () => {
    const visitor = await browser.newPage()
    await visitor.goto(`${portal}/en/meetings/`)
    const held = (
      await db.query<{ title: string }>(
        `SELECT l.title FROM meetings m JOIN meetings_locales l ON l._parent_id = m.id AND l._locale = 'en'
         WHERE m.kind = 'big-sunday' AND m.status = 'held' AND m.visibility = 'public'
           AND m.starts_at < now() AND l.summary IS NOT NULL
         ORDER BY m.starts_at DESC LIMIT 1`,
      )
    ).rows[0]!
    const card = visitor.locator('#past ~ ul article', { hasText: held.title }).first()
    const summary = (await card.locator('[data-summary]').textContent())?.trim() ?? ''
    expect(summary.split(/\s+/).length).toBeGreaterThan(5)
    await expect(card.getByRole('link', { name: 'Add to calendar' }).count()).resolves.toBe(0)
    await visitor.close()
  })

  it('offers each meeting and the whole programme as calendar files', async () => {
    const next = await db.query<{ id: number; starts_at: Date }>(
      `SELECT id, starts_at FROM meetings WHERE kind = 'big-sunday' AND starts_at > now()`,
    )
    const one = await fetch(`${portal}/en/meetings/${next.rows[0]!.id}.ics`)
    expect(one.headers.get('content-type')).toContain('text/calendar')
    const text = await one.text()
    const start = next.rows[0]!.starts_at.toISOString().replace(/[-:]/g, '').slice(0, 13)
    expect(text).toContain(`DTSTART:${start}`)
    expect(text).toContain('SUMMARY:Big Sunday Meeting')
    const feed = await (await fetch(`${portal}/meetings.ics`)).text()
    const publicMeetings = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM meetings WHERE visibility = 'public' AND status <> 'cancelled'`,
    )
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(Number(publicMeetings.rows[0]!.n))
    const hidden = await db.query<{ id: number }>(
      `SELECT id FROM meetings WHERE visibility = 'members' LIMIT 1`,
    )
    expect((await fetch(`${portal}/meetings/${hidden.rows[0]!.id}.ics`)).status).toBe(404)
  })
})

describe('the join form', () => {
  it('works without JavaScript: refuses bad input in the visitor’s language, keeping what was typed', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const form = await noScript.newPage()
    await form.goto(`${portal}/en/join/`)
    await form.getByLabel('Name').fill('Hind Saleh')
    await form.getByLabel('Email').fill('hind-at-example')
    await form.getByLabel('Health').check()
    await form.getByLabel('Why do you want to join?').fill('To teach first aid')
    const refused = form.waitForResponse((r) => r.request().method() === 'POST')
    await form.getByRole('button', { name: 'Send application' }).click()
    expect((await refused).status()).toBe(422)
    await expect(form.getByRole('alert').textContent()).resolves.toContain(
      'The application was not sent',
    )
    await expect(form.locator('#email-problem').textContent()).resolves.toContain('valid email')
    await expect(form.locator('#country-problem').textContent()).resolves.toBe(
      'This field is required.',
    )
    await expect(form.getByLabel('Name').inputValue()).resolves.toBe('Hind Saleh')
    await expect(form.getByLabel('Health').isChecked()).resolves.toBe(true)
    await expect(form.getByLabel('Why do you want to join?').inputValue()).resolves.toBe(
      'To teach first aid',
    )

    await form.getByLabel('Email').fill('hind@example.org')
    await form.getByLabel('Country of residence').selectOption({ label: 'Norway' })
    await form.getByRole('button', { name: 'Send application' }).click()
    await form.waitForURL(`${portal}/en/join/?sent=1`)
    await expect(form.getByRole('status').textContent()).resolves.toContain(
      'Your application arrived',
    )
    const stored = await db.query<{
      role: string
      status: string
      application_note: string
      country: string
    }>(
      `SELECT role, status, application_note, country FROM members WHERE email = 'hind@example.org'`,
    )
    expect(stored.rows).toEqual([
      {
        role: 'member',
        status: 'applicant',
        application_note: 'To teach first aid',
        country: 'NO',
      },
    ])
    // The admins are told, over SMTP, with the applicant's address in the message: by the CMS's
    // mail queue, within its schedule.
    const told = await eventually(async () => {
      const mails = readMailbox().filter((mail) => mail.text.includes('hind@example.org'))
      return mails.length > 0 ? mails : undefined
    }, 'the admins hearing of the application')
    expect(told.length).toBeGreaterThan(0)
    await noScript.close()
  })

  it('gives a known address the same answer, without revealing or duplicating the member', async () => {
    const known = 'salma-al-hakim@fazaa.example'
    const response = await fetch(`${portal}/en/join/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: portal },
      body: new URLSearchParams({ name: 'Someone', email: known, country: 'SE' }),
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/en/join/?sent=1')
    const rows = await db.query(`SELECT 1 FROM members WHERE email = $1`, [known])
    expect(rows.rowCount).toBe(1)
  })

  it('refuses a form posted from another site', async () => {
    const response = await fetch(`${portal}/join/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      body: new URLSearchParams({ name: 'Forged', email: 'forged@example.org', country: 'SE' }),
      redirect: 'manual',
    })
    expect(response.status).toBe(403)
    const rows = await db.query(`SELECT 1 FROM members WHERE email = 'forged@example.org'`)
    expect(rows.rowCount).toBe(0)
  })
})

describe('guests', () => {
  it('lists the guests with the meetings they appeared in, never their private contact', async () => {
    await page.goto(`${portal}/en/guests/`)
    const card = page.locator('article', { hasText: 'Abdulhadi al-Hakim' })
    await expect(card.getByText('Forestry official, Masyaf').count()).resolves.toBe(1)
    await expect(card.textContent()).resolves.toContain('Appeared in: Big Sunday Meeting')
    expect(await page.content()).not.toContain('+963 33')
  })
})

describe('the fellowship in numbers', () => {
  it('shows totals that match the database', async () => {
    await page.goto(`${portal}/en/`)
    const total = (name: string) => page.locator(`[data-total="${name}"]`).textContent()
    const numbers = await db.query<{
      members: string
      countries: string
      closed: string
      ever: string
    }>(`
      SELECT
        (SELECT count(*) FROM members WHERE status = 'active') AS members,
        (SELECT count(DISTINCT country) FROM members WHERE status = 'active') AS countries,
        (SELECT count(*) FROM campaigns WHERE status = 'closed') AS closed,
        (SELECT sum(raised) FROM campaigns WHERE status <> 'draft' AND goal_currency = 'EUR') AS ever
    `)
    const row = numbers.rows[0]!
    await expect(total('members')).resolves.toBe(row.members)
    await expect(total('countries')).resolves.toBe(row.countries)
    await expect(total('campaigns-completed')).resolves.toBe(row.closed)
    await expect(total('raised-ever')).resolves.toBe(
      formatMoney({ amount: Number(row.ever), currency: 'EUR' }, 'en'),
    )
    await expect(
      page.locator('#last-completed ~ ul article, section:has(#last-completed) article').count(),
    ).resolves.toBe(3)
  })
})

describe('for search engines and feed readers', () => {
  it('serves robots.txt pointing at a sitemap of every public page in both languages', async () => {
    const robots = await (await fetch(`${portal}/robots.txt`)).text()
    expect(robots).toContain('Sitemap: ')
    const sitemap = await (await fetch(`${portal}/sitemap.xml`)).text()
    const published = await db.query<{ slug: string }>(
      `SELECT slug FROM campaigns WHERE status <> 'draft'`,
    )
    for (const { slug } of published.rows) {
      expect(sitemap).toContain(`/campaigns/${slug}/</loc>`)
      expect(sitemap).toContain(`/en/campaigns/${slug}/</loc>`)
    }
    expect(sitemap).toContain('hreflang="en"')
  })

  it('offers the campaigns as an RSS feed in each language', async () => {
    const english = await fetch(`${portal}/en/campaigns.xml`)
    expect(english.headers.get('content-type')).toContain('xml')
    const feed = await english.text()
    const count = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM campaigns WHERE status <> 'draft'`,
    )
    expect(feed.match(/<item>/g)).toHaveLength(Number(count.rows[0]!.n))
    expect(feed).toContain('<title>Equipment for the fire room in al-Mashhad al-Aali</title>')
    expect(feed).toContain('<language>en</language>')
    await page.goto(`${portal}/`)
    expect(await page.getAttribute('link[type="application/rss+xml"]', 'href')).toBe(
      '/campaigns.xml',
    )
  })
})

describe('a cheap phone', () => {
  it('shows every public page within 320 px, in both languages: wide tables scroll, the page does not', async () => {
    const phone = await browser.newPage({ viewport: { width: 320, height: 640 } })
    const { slug } = await currentCampaign()
    const wider: string[] = []
    for (const prefix of ['', '/en']) {
      for (const route of [
        '/',
        '/campaigns/',
        `/campaigns/${slug}/`,
        '/meetings/',
        '/guests/',
        '/transparency/',
        '/about/',
        '/join/',
      ]) {
        await phone.goto(`${portal}${prefix}${route}`)
        const width = await phone.evaluate(() => document.documentElement.scrollWidth)
        if (width > 320) wider.push(`${prefix}${route}: ${width} px`)
      }
    }
    expect(wider).toEqual([])
    await phone.close()
  })

  it("shows every page of the members' area within 320 px too, as a committee's lead sees it", async () => {
    const { rows } = await db.query<{
      email: string
      committee: number
      proposal: number
    }>(
      `SELECT m.email, c.id AS committee,
              (SELECT id FROM proposals WHERE status = 'voting' LIMIT 1) AS proposal
       FROM committees c JOIN members m ON m.id = c.lead_id
       WHERE c.status = 'active' AND m.status = 'active' ORDER BY c.id LIMIT 1`,
    )
    const { email, committee, proposal } = rows[0]!
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
    const cookie = await signInToPortal(portal, email)
    await context.addCookies(
      cookie.split('; ').map((pair) => {
        const [name, ...value] = pair.split('=')
        return { name: name!, value: value.join('='), url: portal }
      }),
    )
    const phone = await context.newPage()
    const wider: string[] = []
    for (const prefix of ['', '/en']) {
      for (const route of [
        '/me/',
        '/me/meetings/',
        '/me/profile/',
        '/proposals/',
        '/proposals/new/',
        `/proposals/${proposal}/`,
        '/committees/',
        `/committees/${committee}/`,
        `/committees/${committee}/expenses/`,
        '/directory/',
        '/directory/?q=%D8%A3%D9%84%D9%85%D8%A7%D9%86%D9%8A%D8%A7',
      ]) {
        await phone.goto(`${portal}${prefix}${route}`)
        const width = await phone.evaluate(() => document.documentElement.scrollWidth)
        if (width > 320) wider.push(`${prefix}${route}: ${width} px`)
      }
    }
    expect(wider).toEqual([])
    await context.close()
  })
})

describe('Arabic digits as an Arabic reader reads them', () => {
  it("never puts «·» or a Latin digit against an Arabic-Indic digit, on public pages and in the members' area", async () => {
    const { slug } = await currentCampaign()
    const { rows } = await db.query<{ proposal: number; committee: number; meeting: number }>(
      `SELECT (SELECT id FROM proposals WHERE status = 'voting' LIMIT 1) AS proposal,
              (SELECT id FROM committees WHERE status <> 'completed' LIMIT 1) AS committee,
              (SELECT id FROM meetings WHERE kind = 'big-sunday' ORDER BY starts_at DESC LIMIT 1) AS meeting`,
    )
    const { proposal, committee, meeting } = rows[0]!
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } })
    const cookie = await signInToPortal(portal, 'joud-al-rifai@fazaa.example')
    await context.addCookies(
      cookie.split('; ').map((pair) => {
        const [name, ...value] = pair.split('=')
        return { name: name!, value: value.join('='), url: portal }
      }),
    )
    const reader = await context.newPage()
    // A middle dot or a Latin digit next to «٠-٩» (spaces between included): «١٠ · د» reads «١٠٠».
    const touching = /[·0-9]\s*[\u0660-\u0669]|[\u0660-\u0669]\s*[·0-9]/
    const found: string[] = []
    for (const route of [
      '/',
      '/campaigns/',
      `/campaigns/${slug}/`,
      '/meetings/',
      '/guests/',
      '/transparency/',
      '/about/',
      '/join/',
      '/me/',
      '/proposals/',
      `/proposals/${proposal}/`,
      '/committees/',
      `/committees/${committee}/`,
      '/directory/',
      `/meetings/${meeting}/run/`,
    ]) {
      await reader.goto(`${portal}${route}`)
      const lines = (await reader.locator('main').innerText()).split('\n')
      for (const line of lines) if (touching.test(line)) found.push(`${route}: ${line.trim()}`)
    }
    // Numbered lists count «١. ٢. ٣.» too (the home page's «how we work»).
    await reader.goto(`${portal}/`)
    const numbering = await reader
      .locator('main ol')
      .first()
      .evaluate((list) => getComputedStyle(list).listStyleType)
    await context.close()
    expect(found).toEqual([])
    expect(numbering).toBe('arabic-indic')
  })
})

describe('transparency', () => {
  it('shows money in and out per year that matches the database, with a chart and a CSV', async () => {
    await page.goto(`${portal}/en/transparency/`)
    const year = String(new Date().getUTCFullYear())
    const figures = await db.query<{ raised: string; sent: string; fees: string; spent: string }>(
      `SELECT
         (SELECT coalesce(sum(raised), 0) FROM campaigns WHERE status <> 'draft' AND month LIKE $1) AS raised,
         (SELECT coalesce(sum(t.amount_sent), 0) FROM transfers t JOIN campaigns c ON c.id = t.campaign_id
          WHERE c.status <> 'draft' AND c.month LIKE $1) AS sent,
         (SELECT coalesce(sum(t.fees), 0) FROM transfers t JOIN campaigns c ON c.id = t.campaign_id
          WHERE c.status <> 'draft' AND c.month LIKE $1) AS fees,
         (SELECT coalesce(sum(e.amount), 0) FROM expenses e JOIN campaigns c ON c.id = e.campaign_id
          WHERE e.status = 'approved' AND c.status <> 'draft' AND c.month LIKE $1) AS spent`,
      [`${year}-%`],
    )
    const cells = await page.locator(`tr[data-year="${year}"] td`).allTextContents()
    const euros = (minor: number) => formatMoney({ amount: minor, currency: 'EUR' }, 'en')
    const [raised, sent, fees, spent] = ['raised', 'sent', 'fees', 'spent'].map((key) =>
      Number(figures.rows[0]![key as 'raised']),
    ) as [number, number, number, number]
    expect(sent).toBeGreaterThan(0)
    expect(cells).toEqual([
      euros(raised),
      euros(sent),
      euros(fees),
      euros(spent),
      euros(raised - fees - spent),
    ])
    // The chart: a named bar pair for each campaign.
    await expect(
      page.locator('[data-chart-campaign] [data-chart="raised"]').count(),
    ).resolves.toBeGreaterThan(5)
    const csv = await (await fetch(`${portal}/transparency.csv`)).text()
    const lines = csv.trim().split('\r\n')
    const published = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM campaigns WHERE status <> 'draft'`,
    )
    expect(lines[0]).toBe('month,campaign,currency,raised,transferred,fees,spent,balance')
    expect(lines).toHaveLength(Number(published.rows[0]!.n) + 1)
  })
})

describe('about', () => {
  it('shows the principles the management keeps in the CMS, in each language', async () => {
    await page.goto(`${portal}/en/about/`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'About us and how we work',
    )
    await expect(page.locator('.principles li').count()).resolves.toBe(4)
    await expect(page.getByRole('heading', { name: 'Flying committees' }).count()).resolves.toBe(1)
    await page.getByRole('link', { name: 'العربية' }).click()
    await page.waitForURL(`${portal}/about/`)
    await expect(page.getByRole('heading', { name: 'لجان طيارة' }).count()).resolves.toBe(1)
  })
})

describe('what a page loads', () => {
  it('uses a self-hosted Arabic font and asks no other host for anything', async () => {
    const visitor = await browser.newPage()
    const requested: string[] = []
    visitor.on('request', (request) => requested.push(request.url()))
    await visitor.goto(`${portal}/`, { waitUntil: 'networkidle' })
    await visitor.evaluate(() => document.fonts.ready)
    const loaded = await visitor.evaluate(() =>
      [...document.fonts].some(
        (face) => face.family.includes('Noto Sans Arabic') && face.status === 'loaded',
      ),
    )
    expect(loaded).toBe(true)
    expect(requested.some((url) => url.endsWith('.woff2'))).toBe(true)
    expect(requested.filter((url) => new URL(url).origin !== portal)).toEqual([])
    await visitor.close()
  })

  it('gives a phone the smallest cover that fits, as WebP from the portal itself', async () => {
    const phone = await browser.newPage({
      viewport: { width: 360, height: 780 },
      deviceScaleFactor: 1,
    })
    const images: { url: string; type: string | null; bytes: number }[] = []
    phone.on('response', async (response) => {
      if (response.request().resourceType() === 'image') {
        images.push({
          url: response.url(),
          type: response.headers()['content-type'] ?? null,
          bytes: (await response.body()).length,
        })
      }
    })
    const { slug } = await currentCampaign()
    await phone.goto(`${portal}/campaigns/${slug}/`, { waitUntil: 'networkidle' })
    const cover = phone.locator('article.campaign img.cover')
    expect(await cover.getAttribute('srcset')).toMatch(/400w.*800w.*1600w/)
    expect((await cover.getAttribute('alt'))?.length).toBeGreaterThan(5)
    const chosen = await cover.evaluate((img) => (img as HTMLImageElement).currentSrc)
    expect(chosen).toMatch(new RegExp(`^${portal}/media/.+-400x225\\.webp$`))
    expect(images.find((image) => image.url === chosen)).toMatchObject({ type: 'image/webp' })
    // Decoded, not merely requested (a body the browser cannot decode leaves it at 0).
    expect(await cover.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
    await phone.close()
  })

  it('serves only registered uploads from /media/, nothing else from the data folder', async () => {
    for (const name of ['payload-secret', '..%2Fpayload-secret', '.hidden', 'nothing.webp']) {
      expect((await fetch(`${portal}/media/${name}`)).status).toBe(404)
    }
  })
})
