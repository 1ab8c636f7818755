import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tableFingerprint } from '../helpers/databaseFingerprint'
import { createMember, daysFromNow } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/**
 * The CMS's REST API under malformed and hostile input, anonymous and as a signed-in member:
 * wrong JSON types, operator objects where values belong, huge strings, NUL bytes, deep nesting,
 * invalid dates, unknown and prototype keys, bodies that are not JSON, and hostile query strings
 * on every collection. Never a 5xx; a refused write leaves its table exactly as it was.
 */
let payload: Payload
let rest: Awaited<ReturnType<typeof startRestServer>>
let db: pg.Client
let memberToken: string
let memberId: number

const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: nested(depth - 1) })

/** JSON values that are wrong, or hostile, for almost any field. */
const HOSTILE_JSON: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  [],
  [1, 2],
  {},
  { $ne: null },
  { equals: 1 },
  { or: [{ id: { exists: true } }] },
  'x'.repeat(100_000),
  'nul\u0000byte',
  "'; DROP TABLE members; --",
  '<script>alert(1)</script>',
  '2026-13-45T25:61:00Z',
  nested(200),
]

interface Write {
  method: 'POST' | 'PATCH'
  path: string
  /** The table a successful request would change: a refused one must leave it alone. */
  table: string
  body: Record<string, unknown>
  as: 'anonymous' | 'member'
}

let writes: Write[]

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  rest = await startRestServer(payload)
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  const member = await createMember(payload, { email: 'fuzz-member@example.org' })
  memberId = member.id
  memberToken = await rest.login(member.email)
  const proposal = await payload.create({
    collection: 'proposals',
    data: {
      title: 'Open',
      summary: 'S',
      status: 'voting',
      estimatedBudget: { amount: 100000, currency: 'EUR' },
      estimatedDurationWeeks: 4,
      votingOpensAt: daysFromNow(-1),
      votingClosesAt: daysFromNow(3),
    },
  })
  const meeting = await payload.create({
    collection: 'meetings',
    data: {
      kind: 'chat',
      title: 'Chat',
      startsAt: daysFromNow(5),
      startsAt_tz: 'Europe/Berlin',
      status: 'planned',
      visibility: 'members',
    },
  })
  writes = [
    {
      method: 'POST',
      path: '/members',
      table: 'members',
      as: 'anonymous',
      body: { email: 'applicant@example.org', password: 'a-long-password', name: 'Applicant' },
    },
    {
      method: 'POST',
      path: '/members/login',
      table: 'members',
      as: 'anonymous',
      body: { email: 'nobody@example.org', password: 'x' },
    },
    {
      method: 'POST',
      path: '/members/forgot-password',
      table: 'members',
      as: 'anonymous',
      body: { email: 'nobody@example.org' },
    },
    {
      method: 'POST',
      path: '/members/reset-password',
      table: 'members',
      as: 'anonymous',
      body: { token: 'x', password: 'a-long-password' },
    },
    {
      method: 'POST',
      path: '/proposals',
      table: 'proposals',
      as: 'member',
      body: { title: 'T', summary: 'S', status: 'draft', estimatedBudget: { amount: 100 } },
    },
    {
      method: 'PATCH',
      path: `/members/${member.id}`,
      table: 'members',
      as: 'member',
      body: { name: 'N', bio: 'B', timeZone: 'Europe/Berlin', locale: 'en' },
    },
    {
      method: 'POST',
      path: '/votes',
      table: 'votes',
      as: 'member',
      body: { proposal: proposal.id, choice: 'yes' },
    },
    {
      method: 'POST',
      path: '/meeting-rsvps',
      table: 'meeting_rsvps',
      as: 'member',
      body: { meeting: meeting.id, answer: 'yes' },
    },
  ]
})

afterAll(async () => {
  await rest?.close()
  await db?.end()
})

const send = async (
  method: string,
  path: string,
  body: string | undefined,
  as: 'anonymous' | 'member',
  contentType = 'application/json',
) => {
  const response = await fetch(`${rest.base}${path}`, {
    method,
    headers: {
      'content-type': contentType,
      ...(as === 'member' ? { authorization: `JWT ${memberToken}` } : {}),
    },
    body,
  })
  await response.arrayBuffer()
  return response.status
}

describe('hostile writes over REST', () => {
  it(
    'never answer 5xx, and a refused write changes nothing in its table',
    { timeout: 240_000 },
    async () => {
      const problems: string[] = []
      let sent = 0
      for (const write of writes) {
        const bodies: [string, string | undefined, string?][] = [
          ...Object.keys(write.body).flatMap((field) =>
            HOSTILE_JSON.map((value): [string, string] => [
              `${field}=${JSON.stringify(value)?.slice(0, 30)}`,
              JSON.stringify({ ...write.body, [field]: value }),
            ]),
          ),
          [
            'unknown and prototype keys',
            `{"__proto__":{"role":"admin"},"constructor":{"prototype":{"x":1}},"zzz":1}`,
          ],
          ['an array', '[1,2,3]'],
          ['a string', '"hello"'],
          ['null', 'null'],
          ['cut-off JSON', '{"email": "a@b.c", "pass'],
          ['not JSON', 'email=a@b.c&password=x'],
          ['deep nesting', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
          ['a megabyte', JSON.stringify({ ...write.body, filler: 'x'.repeat(1024 * 1024) })],
          ['no body', undefined],
          ['form content type', 'email=a&password=b', 'application/x-www-form-urlencoded'],
        ]
        for (const [label, body, contentType] of bodies) {
          const before = await tableFingerprint(db, write.table)
          const status = await send(write.method, write.path, body, write.as, contentType)
          sent++
          if (status >= 500) problems.push(`${status} ${write.method} ${write.path} ${label}`)
          if (status >= 400 && status < 500) {
            const after = await tableFingerprint(db, write.table)
            if (after.checksum !== before.checksum)
              problems.push(`${status} but ${write.table} changed: ${write.path} ${label}`)
          }
        }
      }
      expect(problems).toEqual([])
      expect(sent).toBeGreaterThan(400)
      // The member is still a plain member, whatever the bodies said.
      const member = await payload.findByID({ collection: 'members', id: memberId })
      expect([member.role, member.status]).toEqual(['member', 'active'])
    },
  )
})

describe('hostile queries over REST', () => {
  it(
    'never answer 5xx on any collection, anonymous or signed in',
    { timeout: 240_000 },
    async () => {
      const slugs = payload.config.collections
        .map((c) => c.slug)
        .filter((s) => !s.startsWith('payload-'))
      const queries = [
        'where[id][equals]=abc',
        'where[id][in]=1,abc,-1',
        'where[nope][equals]=1',
        'where[title][like]=%27;DROP TABLE members;--',
        'where[createdAt][greater_than]=2026-13-45',
        'where[or][0][and][0][or][0][id][exists]=maybe',
        'where[email][equals]=%00',
        `where[title][contains]=${'x'.repeat(20_000)}`,
        'depth=1000',
        'depth=-1',
        'limit=-5',
        'limit=99999999999999999999',
        'page=abc',
        'sort=;DROP TABLE members',
        'sort=-password',
        'select[password]=true',
        'locale=xx-hack&fallback-locale=%3Cscript%3E',
        'draft=maybe',
      ]
      const problems: string[] = []
      for (const slug of slugs) {
        for (const query of queries) {
          for (const as of ['anonymous', 'member'] as const) {
            const status = await send('GET', `/${slug}?${query}`, undefined, as)
            if (status >= 500)
              problems.push(`${status} GET /${slug}?${query.slice(0, 60)} as ${as}`)
          }
        }
        for (const id of ['abc', '-1', '0', '1.5', '99999999999999999999', "1'--"]) {
          const status = await send(
            'GET',
            `/${slug}/${encodeURIComponent(id)}`,
            undefined,
            'member',
          )
          if (status >= 500) problems.push(`${status} GET /${slug}/${id}`)
        }
      }
      expect(problems).toEqual([])
    },
  )
})
