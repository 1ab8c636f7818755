import pg from 'pg'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { launchChromium } from '../helpers/browser'
import { waitForMail } from '../helpers/mailbox'
import { testPayload } from '../helpers/payload'
import { signInToPortal } from '../helpers/portalSession'

const portal = inject('portalUrl')
const JOUD = 'joud-al-rifai@fazaa.example'
let browser: Browser
let db: pg.Client

beforeAll(async () => {
  browser = await launchChromium()
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
})

afterAll(async () => {
  await browser?.close()
  await db?.end()
})

/** A phone-sized browser with scripts off: every members' form must work without JavaScript. */
const phone = async (): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    javaScriptEnabled: false,
  })
  return { context, page: await context.newPage() }
}

const signInWithPassword = async (page: Page, email: string, password = DEMO_PASSWORD) => {
  await page.goto(`${portal}/en/signin/`)
  await page.locator('#password-email').fill(email)
  await page.locator('#password').fill(password)
  await page.getByRole('button', { name: 'Sign in with password' }).click()
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', origin: portal },
  body: new URLSearchParams(fields),
  redirect: 'manual' as const,
})

/** The session cookie of a member, signed in over HTTP as a browser would. */
const sessionOf = (email: string) => signInToPortal(portal, email)

const votingProposal = async () =>
  (
    await db.query<{ id: number }>(
      `SELECT id FROM proposals WHERE status = 'voting' AND voting_closes_at > now() ORDER BY id LIMIT 1`,
    )
  ).rows[0]!.id

describe('signing in', () => {
  it('signs in with a password, says so plainly when it is wrong, and signs out', async () => {
    const { context, page } = await phone()
    await signInWithPassword(page, JOUD, 'not-the-password')
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'The email or the password is not right.',
    )
    expect(await page.locator('#password-email').inputValue()).toBe(JOUD)

    await signInWithPassword(page, JOUD)
    await page.waitForURL(`${portal}/en/me/`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Welcome, Joud al-Rifai',
    )
    // The signed-in header reaches the members' own places, on a phone, without scripts.
    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    await nav.getByRole('link', { name: 'Proposals' }).click()
    await page.waitForURL(`${portal}/en/proposals/`)
    await nav.getByRole('link', { name: 'Committees' }).click()
    await page.waitForURL(`${portal}/en/committees/`)
    await nav.getByRole('link', { name: 'Expertise bank' }).click()
    await page.waitForURL(`${portal}/en/directory/`)
    await nav.getByRole('link', { name: 'My space' }).click()
    await page.waitForURL(`${portal}/en/me/`)
    const cookie = (await context.cookies()).find((c) => c.name === 'payload-token')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Lax')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(`${portal}/en/`)
    // The session is closed on the server, not only forgotten by the browser.
    const replayed = await fetch(`${portal}/en/me/`, {
      headers: { cookie: `payload-token=${cookie.value}` },
      redirect: 'manual',
    })
    expect(replayed.status).toBe(303)
    expect(replayed.headers.get('location')).toContain('/en/signin/')
    await context.close()
  })

  it('sends a visitor to sign in and back to the page they asked for', async () => {
    const { context, page } = await phone()
    await page.goto(`${portal}/en/proposals/`)
    expect(page.url()).toBe(`${portal}/en/signin/?next=${encodeURIComponent('/en/proposals/')}`)
    await page.locator('#password-email').fill(JOUD)
    await page.locator('#password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in with password' }).click()
    await page.waitForURL(`${portal}/en/proposals/`)
    await context.close()
  })

  it('never sends a member who signed in to another site, however `next` is spelled', async () => {
    const { context, page } = await phone()
    // Browsers drop the TAB of "/%09/evil.example" and would go to //evil.example.
    for (const next of ['/%09/evil.example', '//evil.example', '/%5Cevil.example', '/%E2%80%AE']) {
      await page.goto(`${portal}/en/signin/?next=${next}`)
      expect(page.url().startsWith(`${portal}/en/signin/`)).toBe(true)
      await page.locator('#password-email').fill(JOUD)
      await page.locator('#password').fill(DEMO_PASSWORD)
      await page.getByRole('button', { name: 'Sign in with password' }).click()
      await page.waitForURL((url) => !url.pathname.includes('/signin/'))
      expect(new URL(page.url()).origin, next).toBe(portal)
      await context.clearCookies()
    }
    await context.close()
  })

  it('signs in by a one-time link sent over SMTP, in Arabic, and the link works only once', async () => {
    const email = 'samer-younes@fazaa.example'
    const { context, page } = await phone()
    const asked = Date.now()
    await page.goto(`${portal}/signin/`)
    await page.locator('#link-email').fill(email)
    await page.getByRole('button', { name: 'أرسل لي رابط دخول' }).click()
    await expect(page.getByRole('status').textContent()).resolves.toContain('رابط الدخول في طريقه')

    const mail = await waitForMail(email, asked)
    const link = mail.text.match(/http:\/\/\S+\/signin\/link\/\?token=[\w-]+/)?.[0]
    expect(link).toBeDefined()
    // Opening the link signs nobody in (mail scanners open links); the button does.
    await page.goto(link!)
    expect(await context.cookies()).toEqual([])
    await page.getByRole('button', { name: 'ادخل الآن' }).click()
    await page.waitForURL(`${portal}/me/`)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')

    const token = new URL(link!).searchParams.get('token')!
    const again = await fetch(`${portal}/signin/link/`, form({ token }))
    expect(again.status).toBe(410)
    expect(await again.text()).toContain('انتهت صلاحية هذا الرابط أو استُعمل من قبل')
    await context.close()
  })

  it('resets a forgotten password by a link over SMTP, signs in, and the old password stops working', async () => {
    const email = 'rami-isber@fazaa.example'
    const { context, page } = await phone()
    const asked = Date.now()
    await page.goto(`${portal}/en/forgot/`)
    await page.getByLabel('Email').fill(email)
    await page.getByRole('button', { name: 'Send me a link' }).click()
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'a link to change the password',
    )
    const mail = await waitForMail(email, asked)
    const link = mail.text.match(/http:\/\/\S+\/reset\/\?token=[\w-]+/)?.[0]
    expect(link).toBeDefined()
    await page.goto(link!)
    await page.getByLabel('New password').fill('short')
    await page.getByRole('button', { name: 'Save and sign in' }).click()
    await expect(page.locator('.problem').textContent()).resolves.toContain(
      'Password rule: from 10 to 200 characters',
    )
    await page.getByLabel('New password').fill('a-new-long-password')
    await page.getByRole('button', { name: 'Save and sign in' }).click()
    await page.waitForURL(`${portal}/en/me/`)
    await context.close()

    const old = await fetch(
      `${portal}/en/signin/`,
      form({ intent: 'password', email, password: DEMO_PASSWORD }),
    )
    expect(old.status).toBe(401)
    const renewed = await fetch(
      `${portal}/en/signin/`,
      form({ intent: 'password', email, password: 'a-new-long-password' }),
    )
    expect(renewed.status).toBe(303)
  })

  it('answers an unknown address exactly as a known one, and mails nobody', async () => {
    const asked = Date.now()
    const unknown = await fetch(
      `${portal}/en/signin/`,
      form({ intent: 'link', email: 'nobody@example.org' }),
    )
    expect(unknown.status).toBe(200)
    expect(await unknown.text()).toContain('If this address belongs to a member')
    await expect(waitForMail('nobody@example.org', asked, 1_000)).rejects.toThrow('No mail')
  })
})

describe('proposals and votes', () => {
  it('writes an English proposal on an Arabic page left to right, in the form and on its pages', async () => {
    const { context, page } = await phone()
    await signInWithPassword(page, JOUD)
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/proposals/new/`)
    const title = page.getByLabel('العنوان')
    await title.fill('First aid course.')
    const direction = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).direction)
    await expect(direction('#title')).resolves.toBe('ltr')
    await page.getByLabel('ملخص في سطرين').fill('Twelve volunteers trained by the Red Crescent.')
    await expect(direction('#summary')).resolves.toBe('ltr')
    await page.locator('#budget').fill('٥٠٠')
    await page.locator('#weeks').fill('٣')
    await page.getByRole('button', { name: 'احفظ مسودة' }).click()
    await page.getByRole('status').waitFor()
    // The page itself stays right to left; the proposal's own words read left to right.
    await expect(direction('html')).resolves.toBe('rtl')
    await expect(direction('h1')).resolves.toBe('ltr')
    await expect(page.locator('h1').textContent()).resolves.toBe('First aid course.')
    await expect(direction('article > p[dir="auto"]')).resolves.toBe('ltr')
    await context.close()
  })

  it('takes a budget and weeks typed in Arabic-Indic digits, thousands grouped', async () => {
    const { context, page } = await phone()
    await signInWithPassword(page, JOUD)
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/en/proposals/new/`)
    await page.getByLabel('Title').fill('A roof for the bus stop')
    await page.getByLabel('Summary in two lines').fill('Shade and rain cover where children wait.')
    await page.getByLabel('Estimated budget (EUR)').fill('١٬٥٠٠')
    await page.getByLabel('Duration (weeks)').fill('٤')
    await page.getByLabel('Engineering').check()
    await page.getByRole('button', { name: 'Submit the proposal' }).click()
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Your proposal has arrived',
    )
    const stored = await db.query(
      `SELECT estimated_budget_amount::int AS cents, estimated_duration_weeks::int AS weeks
       FROM proposals p JOIN proposals_locales l ON l._parent_id = p.id
       WHERE l.title = 'A roof for the bus stop'`,
    )
    expect(stored.rows).toEqual([{ cents: 150_000, weeks: 4 }])
    await context.close()
  })

  it('submits a proposal: the small-project rule refuses 12 weeks first, keeping what was typed', async () => {
    const { context, page } = await phone()
    await signInWithPassword(page, JOUD)
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/en/proposals/new/`)
    await expect(page.getByText('done within 8 weeks at most').count()).resolves.toBe(1)
    await page.getByLabel('Title').fill('Benches for the old market')
    await page.getByLabel('Summary in two lines').fill('Six wooden benches where elders wait.')
    await page.getByLabel('Estimated budget (EUR)').fill('700')
    await page.getByLabel('Duration (weeks)').fill('12')
    await page.getByLabel('Engineering').check()
    await page.getByRole('button', { name: 'Submit the proposal' }).click()
    await expect(page.locator('#weeks-problem').textContent()).resolves.toContain(
      'Small project rule',
    )
    expect(await page.getByLabel('Title').inputValue()).toBe('Benches for the old market')
    expect(await page.getByLabel('Engineering').isChecked()).toBe(true)

    await page.getByLabel('Duration (weeks)').fill('3')
    await page.getByRole('button', { name: 'Submit the proposal' }).click()
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Your proposal has arrived',
    )
    const stored = await db.query(
      `SELECT p.status, p.estimated_budget_amount::int AS cents, p.estimated_duration_weeks::int AS weeks, m.email
       FROM proposals p JOIN members m ON m.id = p.proposer_id
       JOIN proposals_locales l ON l._parent_id = p.id WHERE l.title = 'Benches for the old market'`,
    )
    expect(stored.rows).toEqual([{ status: 'submitted', cents: 70000, weeks: 3, email: JOUD }])

    // The proposer edits it before the vote; the form comes back filled with what is stored.
    await page.getByRole('link', { name: 'Edit the proposal' }).click()
    expect(await page.getByLabel('Estimated budget (EUR)').inputValue()).toBe('700')
    await page.getByLabel('Title').fill('Benches for the old market and the school')
    await page.getByRole('button', { name: 'Submit the proposal' }).click()
    await expect(page.getByRole('status').textContent()).resolves.toBe('Your changes are saved.')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Benches for the old market and the school',
    )
    // Nobody else may open its edit form.
    const editUrl = page.url().replace(/\?.*$/, 'edit/')
    const other = await fetch(editUrl, {
      headers: { cookie: await sessionOf('samer-younes@fazaa.example') },
    })
    expect(other.status).toBe(404)
    await context.close()
  })

  it('casts and changes a vote: one row, the last choice, said back to the member', async () => {
    const id = await votingProposal()
    const { context, page } = await phone()
    await signInWithPassword(page, JOUD)
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/en/proposals/${id}/`)
    await page.getByLabel('Yes').check()
    await page.getByRole('button', { name: /^(Vote|Change your vote)$/ }).click()
    await expect(page.locator('[data-my-choice]').textContent()).resolves.toBe('You voted “Yes”')
    await page.getByLabel('Abstain').check()
    await page.getByRole('button', { name: 'Change your vote' }).click()
    await expect(page.locator('[data-my-choice]').textContent()).resolves.toBe(
      'You voted “Abstain”',
    )
    const rows = await db.query(
      `SELECT v.choice FROM votes v JOIN members m ON m.id = v.member_id
       WHERE v.proposal_id = $1 AND m.email = $2`,
      [id, JOUD],
    )
    expect(rows.rows).toEqual([{ choice: 'abstain' }])
    await context.close()
  })

  it('tells an applicant what they may not do yet, and refuses their vote if they post anyway', async () => {
    const id = await votingProposal()
    const cookie = await sessionOf('amal-dib@fazaa.example')
    for (const path of ['/en/me/', '/en/proposals/']) {
      const page = await fetch(`${portal}${path}`, { headers: { cookie } })
      expect(await page.text()).toContain('Your application is being reviewed')
    }
    // Proposals are the active members' debate: an applicant does not see one to vote on, and
    // is told the page is for members (403), not that it does not exist.
    const proposal = await fetch(`${portal}/en/proposals/${id}/`, { headers: { cookie } })
    expect(proposal.status).toBe(403)
    expect(await proposal.text()).toContain('Members only')
    const posted = await fetch(`${portal}/en/proposals/${id}/`, {
      ...form({ intent: 'vote', choice: 'yes' }),
      headers: { ...form({}).headers, cookie },
    })
    expect(posted.status).toBe(403)
    const votes = await db.query(
      `SELECT 1 FROM votes v JOIN members m ON m.id = v.member_id WHERE m.email = 'amal-dib@fazaa.example'`,
    )
    expect(votes.rowCount).toBe(0)
  })

  it('refuses a vote posted after the close, naming the rule, and shows the round’s totals', async () => {
    const id = await votingProposal()
    const cookie = await sessionOf(JOUD)
    const { rows } = await db.query<{ closes: Date }>(
      `SELECT voting_closes_at AS closes FROM proposals WHERE id = $1`,
      [id],
    )
    // The clock moves past the close: the window ends a minute ago, for the whole round.
    await db.query(
      `UPDATE proposals SET voting_closes_at = now() - interval '1 minute' WHERE voting_closes_at = $1`,
      [rows[0]!.closes],
    )
    try {
      const late = await fetch(`${portal}/en/proposals/${id}/`, {
        ...form({ intent: 'vote', choice: 'no' }),
        headers: { ...form({}).headers, cookie },
      })
      expect(late.status).toBe(422)
      const html = await late.text()
      expect(html).toContain('Results of the round')
      expect(html).toContain('Voting rule: the vote closed on')
      const counted = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM votes WHERE proposal_id = $1`,
        [id],
      )
      expect(html).toContain(`data-result-for="${id}"`)
      expect(counted.rows[0]!.n).toBeGreaterThan(0)
    } finally {
      await db.query(
        `UPDATE proposals SET voting_closes_at = $1 WHERE voting_closes_at < now() AND status = 'voting'`,
        [rows[0]!.closes],
      )
    }
  })
})

describe('forged and replayed posts', () => {
  it('refuses a vote posted from another site, even with the member’s cookie', async () => {
    const id = await votingProposal()
    const cookie = await sessionOf(JOUD)
    const forged = await fetch(`${portal}/en/proposals/${id}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        cookie,
      },
      body: new URLSearchParams({ intent: 'vote', choice: 'no' }),
      redirect: 'manual',
    })
    expect(forged.status).toBe(403)
  })

  it('records a vote as the signed-in member whatever the form says', async () => {
    const id = await votingProposal()
    const cookie = await sessionOf('samer-younes@fazaa.example')
    const other = await db.query<{ id: number }>(`SELECT id FROM members WHERE email = $1`, [JOUD])
    await fetch(`${portal}/en/proposals/${id}/`, {
      ...form({ intent: 'vote', choice: 'no', member: String(other.rows[0]!.id) }),
      headers: { ...form({}).headers, cookie },
    })
    const rows = await db.query(
      `SELECT m.email, v.choice FROM votes v JOIN members m ON m.id = v.member_id
       WHERE v.proposal_id = $1 AND m.email IN ($2, 'samer-younes@fazaa.example') ORDER BY m.email`,
      [id, JOUD],
    )
    expect(rows.rows).toEqual([
      { email: JOUD, choice: 'abstain' },
      { email: 'samer-younes@fazaa.example', choice: 'no' },
    ])
  })
})

describe('the expertise bank and privacy', () => {
  const SAMER = 'samer-younes@fazaa.example'

  const directoryAs = async (cookie: string, query: string) =>
    (await fetch(`${portal}/en/directory/?${query}`, { headers: { cookie } })).text()

  it('finds members by skill, shows contact only where allowed, and follows a privacy change', async () => {
    const { context, page } = await phone()
    await signInWithPassword(page, JOUD)
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/en/me/profile/`)
    await page.getByLabel('Skills (separated by commas)').fill('qanat restoration, first aid')
    await page.getByLabel('Show me in the expertise bank').check()
    await page.getByLabel('Show my email, phone and city to members').uncheck()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByRole('status').textContent()).resolves.toBe('Your profile is saved.')

    const samer = await sessionOf(SAMER)
    const listed = await directoryAs(samer, 'q=qanat')
    expect(listed).toContain('Joud al-Rifai')
    expect(listed).not.toContain(JOUD)
    // An admin reads every member's contact, and the page says so to them alone.
    expect(listed).not.toContain('data-admin-contacts')
    // An admin of its own: other tests change the demo admins' passwords.
    const adminEmail = `directory-admin-${Date.now()}@example.org`
    await (
      await testPayload('members-e2e')
    ).create({
      collection: 'members',
      data: {
        email: adminEmail,
        password: DEMO_PASSWORD,
        name: 'مديرة',
        role: 'admin',
        status: 'active',
      },
    })
    const admin = await directoryAs(await sessionOf(adminEmail), 'q=qanat')
    expect(admin).toContain(JOUD)
    expect(admin).toContain('As one of the admins you see every contact')

    await page.getByLabel('Show my email, phone and city to members').check()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    expect(await directoryAs(samer, 'q=qanat')).toContain(JOUD)

    await page.getByLabel('Show me in the expertise bank').uncheck()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const hidden = await directoryAs(samer, 'q=qanat')
    expect(hidden).not.toContain('Joud al-Rifai')
    expect(hidden).toContain('Nobody matches this search')
    await context.close()
  })

  it('searches in Arabic by country, language and skill, a page of people at a time', async () => {
    const { context, page } = await phone()
    await context.setDefaultTimeout(15_000)
    await signInWithPassword(page, SAMER)
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/directory/`)
    const listedWhere = async (condition: string) =>
      Number(
        (
          await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM members m WHERE m.status = 'active'
             AND m.privacy_show_in_directory AND ${condition}`,
          )
        ).rows[0]!.n,
      )
    const cards = page.locator('ul.people > li')
    const search = async (words: string) => {
      await page.getByLabel('ابحث بكلمة').fill(words)
      await page.getByRole('button', { name: 'ابحث', exact: true }).click()
      await page.waitForURL(/[?&]q=/)
    }

    // Everyone listed, twelve to a page, the count and the page in Arabic words and digits.
    const everyone = await listedWhere('true')
    expect(everyone).toBeGreaterThan(12)
    await expect(cards.count()).resolves.toBe(12)
    const pages = Math.ceil(everyone / 12)
    const arabic = (n: number) => new Intl.NumberFormat('ar-SY').format(n)
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      `الصفحة ١ من ${arabic(pages)}`,
    )
    await page.getByRole('link', { name: 'الصفحة التالية' }).click()
    await page.waitForURL(/[?&]page=2/)
    await expect(cards.count()).resolves.toBe(Math.min(12, everyone - 12))

    // A country typed in Arabic: everyone who lives in Germany, and no one else.
    await search('ألمانيا')
    const inGermany = await listedWhere(`m.country = 'DE'`)
    expect(inGermany).toBeGreaterThan(1)
    await expect(cards.count()).resolves.toBe(Math.min(12, inGermany))
    for (const card of await cards.all())
      await expect(card.locator('p.muted').first().textContent()).resolves.toBe('ألمانيا')

    // A language by its Arabic name, hamza or not.
    await search('الالمانية')
    const germanSpeakers = await listedWhere(
      `EXISTS (SELECT 1 FROM members_languages l WHERE l.parent_id = m.id AND l.value = 'de')`,
    )
    await expect(cards.count()).resolves.toBe(Math.min(12, germanSpeakers))
    for (const card of await cards.all())
      await expect(card.textContent()).resolves.toContain('الألمانية')

    // A skill written with a shadda, found without it; and who wrote it in English, too.
    await search('طاقة شمسية')
    const solar = (await cards.allTextContents()).join('\n')
    expect(solar).toContain('طاقة شمسيّة')
    expect(solar).toContain('solar power')
    // A skill typed in Arabic finds who wrote it in English: «جراحة», the surgeon.
    await search('جراحة')
    await expect(cards.count()).resolves.toBe(1)
    await expect(cards.first().textContent()).resolves.toContain('general surgery')

    // The filters narrow the same way, from lists: a country offered only where someone lives.
    const offered = await page.locator('#country option').allTextContents()
    expect(offered).toContain('ألمانيا')
    expect(offered).not.toContain('أستراليا')
    await context.close()
  })

  it('keeps a country and languages picked from lists, named in the reader’s language', async () => {
    const { context, page } = await phone()
    await signInWithPassword(page, SAMER)
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/me/profile/`)
    await page.getByLabel('البلد').selectOption({ label: 'السويد' })
    await page.getByLabel('السويدية').check()
    await page.getByRole('button', { name: 'احفظ', exact: true }).click()
    await page.getByRole('status').waitFor()
    const { rows } = await db.query<{ country: string; languages: string[] }>(
      `SELECT m.country, array(SELECT l.value::text FROM members_languages l WHERE l.parent_id = m.id
       ORDER BY l.order) AS languages FROM members m WHERE m.email = $1`,
      [SAMER],
    )
    expect(rows[0]!.country).toBe('SE')
    expect(rows[0]!.languages).toContain('sv')
    await page.goto(`${portal}/en/me/profile/`)
    await expect(page.locator('#country option:checked').textContent()).resolves.toBe('Sweden')
    await expect(page.getByLabel('Swedish').isChecked()).resolves.toBe(true)
    await context.close()
  })

  it('offers the fellowship’s time zones by name in Arabic, and switches vote reminders off', async () => {
    const { context, page } = await phone()
    await signInWithPassword(page, SAMER)
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/me/profile/`)
    const zones = page.locator('#timeZone optgroup').first().locator('option')
    await expect(zones.first().textContent()).resolves.toBe('توقيت سوريا')
    await expect(zones.count()).resolves.toBeLessThan(20)
    await page.locator('#timeZone').selectOption('Europe/Berlin')
    await page.getByLabel('ذكّرني بالتصويت قبل إغلاقه بيوم').uncheck()
    await page.getByRole('button', { name: 'احفظ', exact: true }).click()
    await page.getByRole('status').waitFor()
    const { rows } = await db.query<{ time_zone: string; reminders_opt_in: boolean }>(
      `SELECT time_zone, reminders_opt_in FROM members WHERE email = $1`,
      [SAMER],
    )
    expect(rows[0]).toEqual({ time_zone: 'Europe/Berlin', reminders_opt_in: false })
    await page.getByLabel('ذكّرني بالتصويت قبل إغلاقه بيوم').check()
    await page.getByRole('button', { name: 'احفظ', exact: true }).click()
    await page.getByRole('status').waitFor()
    await context.close()
  })

  it('keeps what was typed when the profile is refused, and explains each field', async () => {
    const cookie = await sessionOf(JOUD)
    const refused = await fetch(`${portal}/en/me/profile/`, {
      ...form({ name: '', country: 'DE', timeZone: 'Mars/Olympus', locale: 'en' }),
      headers: { ...form({}).headers, cookie },
    })
    expect(refused.status).toBe(422)
    const html = await refused.text()
    expect(html).toContain('This field is required.')
    expect(html).toContain('Choose a time zone from the list.')
    expect(html).toMatch(/<option value="DE" selected/)
  })

  it('gives a member all their data as JSON, and never another member’s vote', async () => {
    const cookie = await sessionOf(JOUD)
    // A vote of their own to find there, whichever tests ran before this one.
    const voted = await fetch(`${portal}/en/proposals/${await votingProposal()}/`, {
      ...form({ intent: 'vote', choice: 'abstain' }),
      headers: { ...form({}).headers, cookie },
    })
    expect(voted.status).toBe(303)
    const response = await fetch(`${portal}/en/me/data.json`, { headers: { cookie } })
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const data = (await response.json()) as {
      profile: { email: string }
      votes: { member: number }[]
    }
    expect(data.profile.email).toBe(JOUD)
    const own = await db.query<{ id: number }>(`SELECT id FROM members WHERE email = $1`, [JOUD])
    expect(data.votes.length).toBeGreaterThan(0)
    expect(data.votes.every((vote) => vote.member === own.rows[0]!.id)).toBe(true)
  })

  it('lets a member leave: status left, hidden, signed out', async () => {
    const email = 'hussam-al-din-karam@fazaa.example'
    const cookie = await sessionOf(email)
    const left = await fetch(`${portal}/en/me/profile/`, {
      ...form({ intent: 'leave' }),
      headers: { ...form({}).headers, cookie },
    })
    expect(left.status).toBe(303)
    const stored = await db.query(
      `SELECT status, privacy_show_in_directory AS listed, digest_opt_in AS digest FROM members WHERE email = $1`,
      [email],
    )
    expect(stored.rows).toEqual([{ status: 'left', listed: false, digest: false }])
    const after = await fetch(`${portal}/en/me/`, { headers: { cookie }, redirect: 'manual' })
    expect(after.status).toBe(303)
  })
})

describe('flying committees', () => {
  it('records an offer to help, lets the lead add it, refuses a sixth member with the rule, and asks before removing one', async () => {
    const payload = await testPayload('members-e2e')
    const { rows: people } = await db.query<{ id: number; email: string }>(
      `SELECT id, email FROM members m WHERE status = 'active' AND role = 'member'
         AND email NOT IN ($1, 'samer-younes@fazaa.example', 'rami-isber@fazaa.example')
         AND NOT EXISTS (SELECT 1 FROM committees_rels r JOIN committees c ON c.id = r.parent_id
                         WHERE r.members_id = m.id AND c.status <> 'completed')
       ORDER BY id LIMIT 5`,
      [JOUD],
    )
    const lead = await db.query<{ id: number }>(`SELECT id FROM members WHERE email = $1`, [JOUD])
    const committee = await payload.create({
      collection: 'committees',
      data: {
        name: 'Well pump repair',
        kind: 'flying',
        status: 'forming',
        lead: lead.rows[0]!.id,
        members: [lead.rows[0]!.id, people[0]!.id, people[1]!.id],
        startDate: new Date().toISOString(),
        endDate: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    })

    // Two members offer to help, with the same form the page shows.
    for (const helper of people.slice(2, 4)) {
      const cookie = await sessionOf(helper.email)
      const offered = await fetch(`${portal}/en/committees/`, {
        ...form({ committee: String(committee.id), message: 'I know pumps' }),
        headers: { ...form({}).headers, cookie },
      })
      expect(offered.status).toBe(303)
    }
    const asked = await db.query(`SELECT 1 FROM committee_interests WHERE committee_id = $1`, [
      committee.id,
    ])
    expect(asked.rowCount).toBe(2)

    const { context, page } = await phone()
    await signInWithPassword(page, JOUD)
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/en/committees/${committee.id}/`)
    await expect(page.locator('[data-seats-left]').getAttribute('data-seats-left')).resolves.toBe(
      '2',
    )
    const offers = page.locator('section[aria-labelledby="offers"] li')
    await expect(offers.count()).resolves.toBe(2)
    await offers.first().getByRole('button', { name: 'Add' }).click()
    await expect(page.getByRole('status').textContent()).resolves.toBe('The member list is saved.')
    await expect(page.locator('[data-seats-left]').getAttribute('data-seats-left')).resolves.toBe(
      '1',
    )

    // Both offers taken (adding someone already there changes nothing): five, the limit.
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    for (const helper of people.slice(2, 4)) {
      const added = await fetch(`${portal}/en/committees/${committee.id}/`, {
        ...form({ intent: 'add', member: String(helper.id) }),
        headers: { ...form({}).headers, cookie },
      })
      expect(added.status).toBe(303)
    }
    const sixth = await fetch(`${portal}/en/committees/${committee.id}/`, {
      ...form({ intent: 'add', member: String(people[4]!.id) }),
      headers: { ...form({}).headers, cookie },
    })
    expect(sixth.status).toBe(422)
    expect(await sixth.text()).toContain(
      'Committee size rule: a flying committee has at most 5 members',
    )
    const seated = await db.query(
      `SELECT count(*)::int AS n FROM committees_rels WHERE parent_id = $1 AND path = 'members'`,
      [committee.id],
    )
    expect(seated.rows[0]).toEqual({ n: 5 })

    // Removing asks first, by name; only the answer removes.
    const removed = (
      await db.query<{ name: string }>(
        `SELECT name FROM members_locales WHERE _parent_id = $1 AND _locale = 'en'`,
        [people[0]!.id],
      )
    ).rows[0]!.name
    await page.reload()
    const leaving = page.locator('section[aria-labelledby="members"] li', { hasText: removed })
    await leaving.getByText('Remove', { exact: true }).click()
    await expect(leaving.getByRole('paragraph').textContent()).resolves.toBe(
      `Remove ${removed} from the committee? Their seat becomes free.`,
    )
    await expect(leaving.getByRole('link', { name: 'No, keep them' }).count()).resolves.toBe(1)
    const stillFive = await db.query(
      `SELECT count(*)::int AS n FROM committees_rels WHERE parent_id = $1 AND path = 'members'`,
      [committee.id],
    )
    expect(stillFive.rows[0]).toEqual({ n: 5 })
    await leaving.getByRole('button', { name: `Yes, remove ${removed}` }).click()
    await expect(page.getByRole('status').textContent()).resolves.toBe('The member list is saved.')
    const four = await db.query(
      `SELECT count(*)::int AS n FROM committees_rels WHERE parent_id = $1 AND path = 'members'`,
      [committee.id],
    )
    expect(four.rows[0]).toEqual({ n: 4 })
    await context.close()
  })

  it('lets nobody but the lead (and the admins) change who serves', async () => {
    const committee = await db.query<{ id: number }>(
      `SELECT c.id FROM committees c JOIN committees_locales l ON l._parent_id = c.id
       WHERE l.name = 'Well pump repair'`,
    )
    const cookie = await sessionOf('samer-younes@fazaa.example')
    const response = await fetch(`${portal}/en/committees/${committee.rows[0]!.id}/`, {
      ...form({ intent: 'remove', member: '1' }),
      headers: { ...form({}).headers, cookie },
    })
    expect(response.status).toBe(403)
  })
})

describe('meetings for members', () => {
  it('takes a yes/no answer (one row, the last answer) and shows the members-only link', async () => {
    const { context, page } = await phone()
    await signInWithPassword(page, JOUD)
    await page.waitForURL(`${portal}/en/me/`)
    await page.goto(`${portal}/en/me/meetings/`)
    const bigSunday = await db.query<{ id: number; link: string }>(
      `SELECT id, online_link AS link FROM meetings
       WHERE kind = 'big-sunday' AND status = 'planned' AND starts_at > now() ORDER BY starts_at LIMIT 1`,
    )
    const card = page.locator(`[data-meeting-id="${bigSunday.rows[0]!.id}"]`)
    await expect(
      card.getByRole('link', { name: 'Link to join' }).getAttribute('href'),
    ).resolves.toBe(bigSunday.rows[0]!.link)
    await card.getByRole('button', { name: 'Coming', exact: true }).click()
    await expect(
      page
        .locator(`[data-meeting-id="${bigSunday.rows[0]!.id}"] [data-answer]`)
        .getAttribute('data-answer'),
    ).resolves.toBe('yes')
    await page
      .locator(`[data-meeting-id="${bigSunday.rows[0]!.id}"]`)
      .getByRole('button', { name: 'Not coming' })
      .click()
    const answers = await db.query(
      `SELECT r.answer FROM meeting_rsvps r JOIN members m ON m.id = r.member_id
       WHERE r.meeting_id = $1 AND m.email = $2`,
      [bigSunday.rows[0]!.id, JOUD],
    )
    expect(answers.rows).toEqual([{ answer: 'no' }])
    // The public page never carries the link.
    const outside = await (await fetch(`${portal}/en/meetings/`)).text()
    expect(outside).not.toContain(bigSunday.rows[0]!.link)
    await context.close()
  })

  it('gives a secret personal calendar feed with the links, and a renewed address ends the old one', async () => {
    const cookie = await sessionOf(JOUD)
    const feedOf = async () => {
      const html = await (await fetch(`${portal}/en/me/meetings/`, { headers: { cookie } })).text()
      return html.match(/value="(http[^"]+\/calendar\/[\w-]+\.ics)"/)![1]!
    }
    const feed = await feedOf()
    const calendar = await fetch(feed)
    expect(calendar.headers.get('content-type')).toContain('text/calendar')
    const ics = await calendar.text()
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics).toContain('https://meet.jit.si/fazaa-big-sunday')

    await fetch(`${portal}/en/me/meetings/`, {
      ...form({ intent: 'renew-feed' }),
      headers: { ...form({}).headers, cookie },
    })
    expect((await fetch(feed)).status).toBe(404)
    const renewed = await feedOf()
    expect(renewed).not.toBe(feed)
    expect((await fetch(renewed)).status).toBe(200)
  })
})

describe('suggested helpers', () => {
  it('suggests for a proposal only people from the expertise bank who are not on a committee at work', async () => {
    const id = await votingProposal()
    const cookie = await sessionOf('samer-younes@fazaa.example')
    const html = await (
      await fetch(`${portal}/en/proposals/${id}/`, { headers: { cookie } })
    ).text()
    const section = html.slice(html.indexOf('id="could-help"'))
    const suggested = [...section.matchAll(/data-member-id="(\d+)"/g)].map((m) => Number(m[1]))
    expect(suggested.length).toBeGreaterThan(0)
    const { rows } = await db.query<{ id: number; listed: boolean; busy: boolean }>(
      `SELECT m.id, m.privacy_show_in_directory AS listed,
              EXISTS (SELECT 1 FROM committees_rels r JOIN committees c ON c.id = r.parent_id
                      WHERE r.members_id = m.id AND c.status IN ('forming', 'active')) AS busy
       FROM members m WHERE m.id = ANY($1)`,
      [suggested],
    )
    expect(rows.length).toBe(suggested.length)
    expect(rows.every((row) => row.listed && !row.busy)).toBe(true)
  })
})

describe('what a member cannot do', () => {
  it('cannot make themselves active or admin through the profile form', async () => {
    const email = 'amal-dib@fazaa.example'
    const cookie = await sessionOf(email)
    const posted = await fetch(`${portal}/en/me/profile/`, {
      ...form({
        name: 'Amal Dib',
        timeZone: 'Europe/Berlin',
        locale: 'en',
        role: 'admin',
        status: 'active',
      }),
      headers: { ...form({}).headers, cookie },
    })
    expect(posted.status).toBe(303)
    const stored = await db.query(`SELECT role, status, time_zone FROM members WHERE email = $1`, [
      email,
    ])
    expect(stored.rows).toEqual([
      { role: 'member', status: 'applicant', time_zone: 'Europe/Berlin' },
    ])
  })

  it('cannot withdraw someone else’s proposal', async () => {
    const { rows } = await db.query<{ id: number }>(
      `SELECT p.id FROM proposals p JOIN members m ON m.id = p.proposer_id
       WHERE p.status = 'submitted' AND m.email <> 'samer-younes@fazaa.example' LIMIT 1`,
    )
    const cookie = await sessionOf('samer-younes@fazaa.example')
    const posted = await fetch(`${portal}/en/proposals/${rows[0]!.id}/`, {
      ...form({ intent: 'withdraw' }),
      headers: { ...form({}).headers, cookie },
    })
    expect([403, 422]).toContain(posted.status)
    const after = await db.query(`SELECT status FROM proposals WHERE id = $1`, [rows[0]!.id])
    expect(after.rows).toEqual([{ status: 'submitted' }])
  })
})
