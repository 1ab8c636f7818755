import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { Agent } from 'undici'
import { execFileSync } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { signInToPortal } from '../helpers/portalSession'
import { startProduct, type RunningProduct } from '../helpers/productProcess'

/**
 * What one client can do to the product as `npm start` runs it, and what it cannot: stop it.
 * - Bursts of concurrent writes, valid and refused, by every role, on the REST API and on the
 *   portal's forms: answered slowly, or refused with 503 and Retry-After when the database is
 *   saturated, but every request gets an answer, none is a 500, and afterwards a plain request
 *   answers at once with no transaction left open. (Before the pool had bounds, 20 concurrent
 *   PATCHes left the CMS waiting for ever.)
 * - Bodies too large, lists too long: 413 with the rule's words, before the server reads them.
 *   (A sign-up with two million skills once ran the CMS out of memory.)
 * - A server that dies anyway is started again by `npm start`; the other one serves meanwhile.
 */
const BURST = 200
/** Every request of a burst is answered within this, or the test fails. */
const ANSWERED_WITHIN_MS = 120_000

let product: RunningProduct
let dataDir: string
let db: pg.Pool
const tokens: Record<string, string> = {}
let ids: {
  committee: number
  lead: string
  proposal: number
  campaign: number
  applicant: number
}

const rest = (method: string, route: string, body?: unknown, token?: string): Promise<Response> =>
  fetch(`${product.cmsUrl}/api/${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(ANSWERED_WITHIN_MS),
  })

const signInToRest = async (email: string, password = DEMO_PASSWORD) => {
  const response = await rest('POST', 'members/login', { email, password })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`${email} could not sign in over REST (${response.status})`)
  return token
}

const portalForm = (route: string, cookie: string, fields: Record<string, string>) =>
  fetch(`${product.portalUrl}${route}`, {
    method: 'POST',
    headers: {
      cookie,
      origin: product.portalUrl,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(fields),
    redirect: 'manual',
    signal: AbortSignal.timeout(ANSWERED_WITHIN_MS),
  })

/**
 * Connections idle inside a transaction once `graceMs` has passed: a transaction the product's
 * own schedules have open between two queries is idle in one for a moment, so only one that
 * stays counts as left open.
 */
const transactionsLeftOpen = async (graceMs = 5_000) => {
  const started = Date.now()
  for (;;) {
    const { rows } = await db.query<{ open: number }>(
      `SELECT count(*)::int AS open FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND state LIKE 'idle in transaction%'`,
    )
    if (rows[0]!.open === 0 || Date.now() - started > graceMs) return rows[0]!.open
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The 99th percentile of a list of times, in whole ms. */
const p99 = (times: number[]) =>
  Math.round([...times].sort((a, b) => a - b)[Math.ceil(times.length * 0.99) - 1] ?? 0)

/**
 * Plain requests (the CMS's REST and the portal's home, one after the other on each side) for
 * as long as `busy` runs: how long someone else waits while one client bursts.
 */
const sampleWhile = async <T>(busy: Promise<T>) => {
  const times: number[] = []
  const statuses: number[] = []
  let done = false
  void busy.finally(() => (done = true))
  const side = async (url: string) => {
    while (!done) {
      const started = performance.now()
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(ANSWERED_WITHIN_MS) })
        await response.arrayBuffer()
        statuses.push(response.status)
      } catch {
        statuses.push(0)
      }
      times.push(performance.now() - started)
    }
  }
  const [value] = await Promise.all([
    busy,
    side(`${product.cmsUrl}/api/campaigns?limit=1&depth=0`),
    side(`${product.portalUrl}/en/`),
  ])
  return { value, times, statuses }
}

/** How long a plain request of each side takes to answer. */
const plainRequestMs = async () => {
  const started = performance.now()
  const [cms, portal] = await Promise.all([
    fetch(`${product.cmsUrl}/api/campaigns?limit=1&depth=0`, {
      signal: AbortSignal.timeout(ANSWERED_WITHIN_MS),
    }),
    fetch(`${product.portalUrl}/en/`, { signal: AbortSignal.timeout(ANSWERED_WITHIN_MS) }),
  ])
  expect([cms.status, portal.status]).toEqual([200, 200])
  await Promise.all([cms.arrayBuffer(), portal.arrayBuffer()])
  return performance.now() - started
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-burst-'))
  fs.chmodSync(dataDir, 0o777)
  product = await startProduct({ dataDir, env: { LOG_LEVEL: 'error' } })
  db = new pg.Pool({ connectionString: product.databaseUrl, max: 2 })
  // Were the database stopped under the test, its assertions say so, not an unhandled error.
  db.on('error', () => undefined)
  const { rows: committees } = await db.query<{ id: number; email: string }>(
    `SELECT c.id, m.email FROM committees c JOIN members m ON m.id = c.lead_id
      WHERE c.status = 'active' ORDER BY c.id LIMIT 1`,
  )
  const { rows: proposals } = await db.query<{ id: number }>(
    `SELECT id FROM proposals WHERE status = 'voting' ORDER BY id LIMIT 1`,
  )
  const { rows: campaigns } = await db.query<{ id: number }>(
    `SELECT id FROM campaigns WHERE status = 'fundraising' ORDER BY id LIMIT 1`,
  )
  const { rows: applicants } = await db.query<{ id: number }>(
    `SELECT id FROM members WHERE email = 'amal-dib@fazaa.example'`,
  )
  ids = {
    committee: committees[0]!.id,
    lead: committees[0]!.email,
    proposal: proposals[0]!.id,
    campaign: campaigns[0]!.id,
    applicant: applicants[0]!.id,
  }
  tokens.admin = await signInToRest('salma-al-hakim@fazaa.example')
  tokens.lead = await signInToRest(ids.lead)
  tokens.member = await signInToRest('samer-younes@fazaa.example')
  tokens.applicant = await signInToRest('amal-dib@fazaa.example')
}, 600_000)

afterAll(async () => {
  await db?.end()
  await product?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

interface Burst {
  name: string
  request: (i: number) => Promise<Response>
  /** What the requests of the burst may be answered, besides 503 with Retry-After. */
  answers: number[]
}

const bursts = (): Burst[] => [
  {
    name: "the lead's PATCHes of their committee (REST)",
    request: (i) =>
      rest('PATCH', `committees/${ids.committee}`, { purpose: `Burst ${i}` }, tokens.lead),
    answers: [200],
  },
  {
    name: 'the lead seating more members than the rule allows (REST, refused)',
    request: () =>
      rest(
        'PATCH',
        `committees/${ids.committee}`,
        { members: Array.from({ length: 12 }, (_, n) => n + 1) },
        tokens.lead,
      ),
    answers: [400, 403],
  },
  {
    name: "an applicant's PATCHes of their own profile (REST)",
    request: (i) =>
      rest('PATCH', `members/${ids.applicant}`, { bio: `Burst ${i}` }, tokens.applicant),
    answers: [200],
  },
  {
    name: 'an applicant making themselves an admin member (REST, the fields left as they were)',
    request: () =>
      rest(
        'PATCH',
        `members/${ids.applicant}`,
        { status: 'active', role: 'admin' },
        tokens.applicant,
      ),
    // Fields they may not write are left as they were.
    answers: [200, 403],
  },
  {
    name: "a member's ballots on one proposal (REST, one is cast, the rest refused)",
    request: (i) =>
      rest(
        'POST',
        'votes',
        { proposal: ids.proposal, choice: i % 2 ? 'yes' : 'no' },
        tokens.member,
      ),
    answers: [201, 400, 403],
  },
  {
    name: "an admin's PATCHes of the campaign raising money (REST)",
    request: (i) =>
      rest('PATCH', `campaigns/${ids.campaign}?locale=en`, { summary: `Burst ${i}` }, tokens.admin),
    answers: [200],
  },
  {
    name: 'anonymous proposals (REST, refused)',
    request: (i) => rest('POST', 'proposals', { title: `Burst ${i}` }),
    answers: [400, 403],
  },
  {
    name: 'anonymous sign-ups with the same address (REST, all refused: applications come through the portal)',
    request: () =>
      rest('POST', 'members', {
        name: 'Burst',
        email: 'burst-applicant@fazaa.example',
        password: 'a-long-password-for-burst',
      }),
    answers: [403],
  },
]

describe('bursts of concurrent writes', { timeout: 600_000 }, () => {
  it('answer every request, never 500, and leave the server answering at once', async () => {
    const member = await step('signing in to the portal', () =>
      signInToPortal(product.portalUrl, 'samer-younes@fazaa.example'),
    )
    const lead = await signInToPortal(product.portalUrl, ids.lead)
    const portalBursts: Burst[] = [
      {
        name: "a member's ballot changed over and over (portal form)",
        request: (i) =>
          portalForm(`/en/proposals/${ids.proposal}/`, member, {
            intent: 'vote',
            choice: ['yes', 'no', 'abstain'][i % 3]!,
          }),
        answers: [303],
      },
      {
        name: 'a ballot with a choice the page never offered (portal form, refused)',
        request: () =>
          portalForm(`/en/proposals/${ids.proposal}/`, member, { intent: 'vote', choice: 'x' }),
        answers: [422],
      },
      {
        name: "the lead's profile saved over and over (portal form)",
        request: (i) =>
          portalForm('/en/me/profile/', lead, {
            name: `Lead ${i}`,
            timeZone: 'Europe/Berlin',
            locale: 'en',
          }),
        answers: [303],
      },
    ]
    const report: string[] = []
    const during: number[] = []
    const after: number[] = []
    for (const burst of [...bursts(), ...portalBursts]) {
      const started = performance.now()
      const sampled = await sampleWhile(
        Promise.all(
          Array.from({ length: BURST }, async (_, i) => {
            const response = await burst.request(i)
            await response.arrayBuffer()
            return { status: response.status, retryAfter: response.headers.get('retry-after') }
          }),
        ),
      )
      const answers = sampled.value
      const took = Math.round(performance.now() - started)
      const statuses = new Map<number, number>()
      for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1)
      during.push(...sampled.times)
      const plainAfter: number[] = []
      for (let ask = 0; ask < 10; ask++) plainAfter.push(await plainRequestMs())
      after.push(...plainAfter)
      report.push(
        `${burst.name}: ${JSON.stringify(Object.fromEntries(statuses))} in ${took} ms; ` +
          `plain requests meanwhile p99 ${p99(sampled.times)} ms (${sampled.times.length}, ` +
          `statuses ${JSON.stringify([...new Set(sampled.statuses)])}), after p99 ${p99(plainAfter)} ms`,
      )
      console.log(report.at(-1))
      if (statuses.has(500)) console.log(product.output().slice(-8000))
      for (const answer of answers) {
        if (answer.status === 503) expect(answer.retryAfter, burst.name).toMatch(/^\d+$/)
        else expect(burst.answers, `${burst.name}: ${answer.status}`).toContain(answer.status)
      }
      expect(await transactionsLeftOpen(), burst.name).toBe(0)
      expect(p99(plainAfter), burst.name).toBeLessThan(1_000)
    }
    console.log(
      `bursts of ${BURST}: plain requests during them p99 ${p99(during)} ms (${during.length}),` +
        ` after them p99 ${p99(after)} ms (${after.length})`,
    )
    // What the refused writes asked for did not happen.
    const applicant = (await (
      await rest('GET', `members/${ids.applicant}?depth=0`, undefined, tokens.admin)
    ).json()) as { status: string; role: string }
    expect([applicant.status, applicant.role]).toEqual(['applicant', 'member'])
    const { rows: seats } = await db.query<{ seated: number }>(
      `SELECT count(*)::int AS seated FROM committees_rels
        WHERE parent_id = $1 AND path = 'members'`,
      [ids.committee],
    )
    expect(seats[0]!.seated).toBeLessThanOrEqual(5)
    const { rows: ballots } = await db.query<{ ballots: number }>(
      `SELECT count(*)::int AS ballots FROM votes v JOIN members m ON m.id = v.member_id
        WHERE m.email = 'samer-younes@fazaa.example' AND v.proposal_id = $1`,
      [ids.proposal],
    )
    expect(ballots[0]!.ballots).toBe(1)
  })
})

/**
 * Each on a connection of its own: a server that answers an oversized body early closes the
 * connection under it, and a request that came next on the same pooled connection would find
 * it reset (what the test checks is the server's answer, not the client's pool).
 */
const ownConnection = () => new Agent({ pipelining: 0, keepAliveTimeout: 1 })

const signUp = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  fetch(`${product.cmsUrl}/api/members`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    body,
    duplex: 'half',
    signal: AbortSignal.timeout(ANSWERED_WITHIN_MS),
    dispatcher: ownConnection(),
  } as RequestInit)

const signUpWith = (skills: number, email: string) =>
  JSON.stringify({
    name: 'Big',
    email,
    password: 'a-long-password-for-big',
    skills: Array.from({ length: skills }, (_, i) => `skill ${i}`),
  })

const refusal = async (response: Response) =>
  ((await response.json()) as { errors: { message: string; data?: { rule?: string } }[] })
    .errors[0]!

/** The connection was cut: the server closed it while the client was still sending. */
const wasCut = (error: unknown) => {
  const code = ((error as { cause?: { code?: string } }).cause ?? {}).code
  return code === 'ECONNRESET' || code === 'EPIPE'
}

type EarlyAnswer =
  { status: number; refused: Awaited<ReturnType<typeof refusal>> | null } | 'closed'

/**
 * A request refused before its body is read: 413 with the rule; or, when the server answered
 * while the client was still sending and then closed the connection (HTTP allows it), the
 * client's write cut short, before the answer (`closed`) or while its body was being read (the
 * status without the rule). Either way the server did not take the body.
 */
const refusedBeforeRead = async (send: () => Promise<Response>): Promise<EarlyAnswer> => {
  let response: Response
  try {
    response = await send()
  } catch (error) {
    if (wasCut(error)) return 'closed'
    throw error
  }
  try {
    return { status: response.status, refused: await refusal(response) }
  } catch (error) {
    // Cut while the answer was read; or an answer that is not the API's JSON (the status is
    // what is checked then).
    if (wasCut(error) || error instanceof SyntaxError)
      return { status: response.status, refused: null }
    throw error
  }
}

/** A request of the test, named in the error when the request itself fails (not its answer). */
const step = async <T>(name: string, send: () => Promise<T>): Promise<T> => {
  try {
    return await send()
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`, { cause: error })
  }
}

const statusOf = (answer: EarlyAnswer) => (answer === 'closed' ? 413 : answer.status)

describe('requests too large', { timeout: 300_000 }, () => {
  it('are refused with 413 and the rule, before the server reads them, and nothing is stored', async () => {
    // Two million skills, about 26 MB: refused on its declared length.
    const huge = await refusedBeforeRead(() => signUp(signUpWith(2_000_000, 'huge@fazaa.example')))
    expect(statusOf(huge)).toBe(413)
    if (huge !== 'closed' && huge.refused) {
      expect(huge.refused).toMatchObject({ data: { rule: 'request-too-large' } })
    }
    // The same without a declared length (sent in chunks): refused once it passes the limit.
    const text = signUpWith(400_000, 'chunked@fazaa.example')
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(text)
        for (let at = 0; at < bytes.length; at += 64 * 1024) {
          controller.enqueue(bytes.slice(at, at + 64 * 1024))
        }
        controller.close()
      },
    })
    const chunked = await refusedBeforeRead(() => signUp(chunks))
    expect(statusOf(chunked)).toBe(413)
    // Small in bytes, but a list longer than any document has.
    const long = await step('a list of 600', () => signUp(signUpWith(600, 'long@fazaa.example')))
    expect(long.status).toBe(413)
    expect((await refusal(long)).message).toContain('a list of more than 500 items')
    // Within the request limits, but past the profile's: the field's own rule, as the portal says
    // (an admin's, since only admins add members over the API).
    const many = await step('21 skills by an admin', () =>
      signUp(signUpWith(21, 'many@fazaa.example'), { authorization: `JWT ${tokens.admin}` }),
    )
    expect(many.status).toBe(400)
    // An upload past the limit, by an admin.
    const upload = new FormData()
    upload.append(
      'file',
      new Blob([new Uint8Array(12 * 1024 * 1024)], { type: 'image/png' }),
      'big.png',
    )
    const media = await refusedBeforeRead(() =>
      fetch(`${product.cmsUrl}/api/media`, {
        method: 'POST',
        headers: { authorization: `JWT ${tokens.admin}` },
        body: upload,
        signal: AbortSignal.timeout(ANSWERED_WITHIN_MS),
        dispatcher: ownConnection(),
      } as RequestInit),
    )
    expect(statusOf(media)).toBe(413)
    // The portal's forms: a profile past the limits is refused with the form's words.
    const member = await step('signing in to the portal', () =>
      signInToPortal(product.portalUrl, 'samer-younes@fazaa.example'),
    )
    const profile = await step('the profile form', () =>
      portalForm('/en/me/profile/', member, {
        name: 'Samer',
        timeZone: 'Europe/Berlin',
        locale: 'en',
        skills: Array.from({ length: 600 }, (_, i) => `skill ${i}`).join(', '),
      }),
    )
    expect(profile.status).toBe(422)
    expect(await profile.text()).toContain('At most 20 items')
    const { rows } = await db.query<{ stored: number }>(
      `SELECT count(*)::int AS stored FROM members WHERE email LIKE ANY ($1)`,
      [['huge@%', 'chunked@%', 'long@%', 'many@%']],
    )
    expect(rows[0]!.stored).toBe(0)
    expect(await step('a plain request after', plainRequestMs)).toBeLessThan(1_000)
  })
})

/** The process listening on `url`'s port. */
const listenerOf = (url: string) => {
  const port = new URL(url).port
  const sockets = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const pid = /pid=(\d+)/.exec(sockets)?.[1]
  if (!pid) throw new Error(`nothing listens on ${port}: ${sockets}`)
  return Number(pid)
}

const answersWithin = async (url: string, ms: number) => {
  const started = Date.now()
  while (Date.now() - started < ms) {
    const status = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      .then((response) => response.status)
      .catch(() => 0)
    if (status === 200) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer again within ${ms / 1000} s`)
}

describe('a server that dies', { timeout: 300_000 }, () => {
  it('is started again by npm start while the other one and the database go on', async () => {
    const cmsApi = `${product.cmsUrl}/api/campaigns?limit=1&depth=0`
    process.kill(listenerOf(product.cmsUrl), 'SIGKILL')
    // The portal reads through its own Payload: it serves the whole time.
    expect((await fetch(`${product.portalUrl}/en/`)).status).toBe(200)
    console.log(`CMS answering again after ${await answersWithin(cmsApi, 120_000)} ms`)
    expect(product.output()).toMatch(
      /The cms stopped unexpectedly \(SIGKILL\); starting it again in 1 s/,
    )

    process.kill(listenerOf(product.portalUrl), 'SIGKILL')
    expect((await fetch(cmsApi)).status).toBe(200)
    console.log(
      `portal answering again after ${await answersWithin(`${product.portalUrl}/en/`, 120_000)} ms`,
    )
    expect(product.output()).toMatch(/The portal stopped unexpectedly \(SIGKILL\)/)
    // And a member can still vote through the new portal.
    const member = await step('signing in to the portal', () =>
      signInToPortal(product.portalUrl, 'samer-younes@fazaa.example'),
    )
    const vote = await portalForm(`/en/proposals/${ids.proposal}/`, member, {
      intent: 'vote',
      choice: 'yes',
    })
    expect(vote.status).toBe(303)
  })
})
