import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sql } from '@payloadcms/db-postgres'

import { violationOfConstraint } from '../../cms/hooks/translateConstraintErrors'
import { sqlHandle } from '../../cms/lib/db'
import type { Member } from '../../cms/payload-types'
import { createMember, daysFromNow, ruleError } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let rest: Awaited<ReturnType<typeof startRestServer>>
let admin: Member
let people: Member[]
let adminToken: string

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  rest = await startRestServer(payload)
  admin = await createMember(payload, { role: 'admin', email: 'admin@example.org' })
  people = []
  for (let i = 0; i < 6; i++) people.push(await createMember(payload))
  adminToken = await rest.login(admin.email)
})

afterAll(() => rest.close())

const sixMembers = () => ({
  name: 'Too big',
  kind: 'flying',
  members: people.map((m) => m.id),
  startDate: daysFromNow(0),
  endDate: daysFromNow(20),
})

describe('a rule broken over REST', () => {
  it('answers 400 with the rule in Arabic by default', async () => {
    const { status, json } = await rest.request('POST', '/committees', {
      token: adminToken,
      body: sixMembers(),
    })
    expect(status).toBe(400)
    const [error] = json.errors as { message: string; data: { rule: string } }[]
    expect(error!.data.rule).toBe('committee-size')
    expect(error!.message).toContain('قاعدة حجم اللجنة')
    expect(error!.message).not.toContain('The following field is invalid')
  })

  it('answers in English when the client asks for English', async () => {
    const { status, json } = await rest.request('POST', '/committees', {
      token: adminToken,
      body: sixMembers(),
      language: 'en',
    })
    expect(status).toBe(400)
    const [error] = json.errors as { message: string }[]
    expect(error!.message).toMatch(/Committee size rule: a flying committee has at most 5 members/)
  })

  it('changes nothing', async () => {
    const { json } = await rest.request('GET', '/committees', { token: adminToken })
    expect(json.totalDocs).toBe(0)
  })

  it('names the one-campaign-a-month rule for a duplicate month', async () => {
    const campaign = {
      title: 'Fire room',
      month: '2026-07',
      goal: { amount: 230000, currency: 'EUR' },
    }
    expect(
      (await rest.request('POST', '/campaigns', { token: adminToken, body: campaign })).status,
    ).toBe(201)
    const { status, json } = await rest.request('POST', '/campaigns', {
      token: adminToken,
      body: { ...campaign, title: 'Second' },
      language: 'en',
    })
    expect(status).toBe(400)
    expect((json.errors as { message: string }[])[0]!.message).toBe(
      'One campaign a month: July 2026 already has a campaign.',
    )
  })
})

describe('a refusal from the database itself', () => {
  it('is translated into the rule it holds, with the values PostgreSQL reported', async () => {
    const db = await sqlHandle(payload)
    const error = await ruleError(
      db.execute(sql`INSERT INTO campaigns (month, goal_amount) VALUES ('2026-07', 100)`),
    )
    const violation = violationOfConstraint(error)
    expect(violation?.code).toBe('campaign-month-taken')
    expect(violation?.message.en).toBe('One campaign a month: July 2026 already has a campaign.')
  })

  it('leaves errors that are not ours alone', () => {
    expect(violationOfConstraint(new Error('connection refused'))).toBeNull()
  })
})

describe('an address the API has nothing for', () => {
  it('is 404 with the reason for the versions of a collection that keeps none, never 500', async () => {
    const memberToken = await rest.login(people[0]!.email)
    for (const { slug, versions } of payload.config.collections) {
      if (versions) continue
      for (const token of [memberToken, adminToken]) {
        for (const path of [`/${slug}/versions`, `/${slug}/versions/1`]) {
          const { status, json } = await rest.request('GET', path, { token })
          expect([path, status]).toEqual([path, 404])
          expect((json.errors as { data: { rule: string } }[])[0]!.data.rule).toBe(
            'request-no-versions',
          )
        }
      }
    }
  })

  it('is 400 when it holds a control character (a NUL in a file name), never 500', async () => {
    for (const path of ['/media/file/a%00b.png', '/campaigns/%01', '/members/me%7F']) {
      const { status, json } = await rest.request('GET', path, { token: adminToken })
      expect([path, status]).toEqual([path, 400])
      expect((json.errors as { data: { rule: string } }[])[0]!.data.rule).toBe(
        'request-bad-address',
      )
    }
  })
})
