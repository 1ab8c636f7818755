import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Member } from '../../cms/payload-types'
import { createMember, daysFromNow } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/**
 * Taking an account over with only its session (a copied cookie, a token read off a screen):
 * the probe changed an email and a password with nothing else, kept a session alive for ever
 * with refresh-token, set 3-character passwords over REST, and offered help to a committee that
 * had ended. Each over the CMS's REST API, as a client would.
 */
let payload: Payload
let rest: Awaited<ReturnType<typeof startRestServer>>
let db: pg.Client
let admin: Member

const ruleOf = (json: Record<string, unknown>) =>
  (json.errors as { data?: { rule?: string } }[] | undefined)?.[0]?.data?.rule

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  rest = await startRestServer(payload)
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  admin = await createMember(payload, { role: 'admin' })
})

afterAll(async () => {
  await rest?.close()
  await db?.end()
})

describe('passwords', () => {
  it('are 10 characters or more on every path of the API', async () => {
    const adminToken = await rest.login(admin.email)
    const created = await rest.request('POST', '/members', {
      token: adminToken,
      body: { email: 'short@example.org', password: 'abc', name: 'Short' },
    })
    expect([created.status, ruleOf(created.json)]).toEqual([400, 'password-length'])
    const someone = await createMember(payload)
    const token = await rest.login(someone.email)
    const changed = await rest.request('PATCH', `/members/${someone.id}`, {
      token,
      body: { password: 'abc', currentPassword: 'test-password-1' },
    })
    expect([changed.status, ruleOf(changed.json)]).toEqual([400, 'password-length'])
    const reset = await payload.forgotPassword({
      collection: 'members',
      data: { email: someone.email },
      disableEmail: true,
    })
    const withReset = await rest.request('POST', '/members/reset-password', {
      body: { token: reset, password: 'abc' },
    })
    expect([withReset.status, ruleOf(withReset.json)]).toEqual([400, 'password-length'])
    expect(await rest.login(someone.email)).toBeTruthy()
  })
})

describe("a member's own email and password", () => {
  it('change only with the current password', async () => {
    const someone = await createMember(payload)
    const token = await rest.login(someone.email)
    const change = (body: Record<string, unknown>) =>
      rest.request('PATCH', `/members/${someone.id}`, { token, body })

    for (const body of [
      { password: 'taken-over-password' },
      { email: 'thief@example.org' },
      { email: 'thief@example.org', currentPassword: 'a-wrong-guess' },
    ]) {
      const refused = await change(body)
      expect([refused.status, ruleOf(refused.json)]).toEqual([403, 'current-password-required'])
    }
    const stored = await payload.findByID({ collection: 'members', id: someone.id })
    expect(stored.email).toBe(someone.email)
    expect(await rest.login(someone.email)).toBeTruthy()

    // Other profile edits need no password; with it, the change goes through.
    expect((await change({ bio: 'Water engineer' })).status).toBe(200)
    const changed = await change({
      password: 'a-new-long-password',
      currentPassword: 'test-password-1',
    })
    expect(changed.status).toBe(200)
    expect(await rest.login(someone.email, 'a-new-long-password')).toBeTruthy()
  })
})

describe('a session', () => {
  it('is refreshed for 30 days from its sign-in, never longer', async () => {
    const someone = await createMember(payload)
    const token = await rest.login(someone.email)
    const refresh = () => rest.request('POST', '/members/refresh-token', { token })
    expect((await refresh()).status).toBe(200)
    await db.query(
      `UPDATE members_sessions SET created_at = now() - interval '31 days' WHERE _parent_id = $1`,
      [someone.id],
    )
    const tooOld = await refresh()
    expect([tooOld.status, ruleOf(tooOld.json)]).toEqual([401, 'session-too-old'])
  })
})

describe('an offer to help', () => {
  it('is refused by a committee that has completed its work', async () => {
    const [lead, helper] = [await createMember(payload), await createMember(payload)]
    const committee = await payload.create({
      collection: 'committees',
      data: {
        name: 'Finished',
        kind: 'flying',
        status: 'forming',
        lead: lead.id,
        members: [lead.id],
        startDate: daysFromNow(-40),
        endDate: daysFromNow(-1),
      },
    })
    await payload.update({
      collection: 'committees',
      id: committee.id,
      data: { status: 'completed' },
    })
    const token = await rest.login(helper.email)
    const offer = await rest.request('POST', '/committee-interests', {
      token,
      body: { committee: committee.id, message: 'I can help' },
    })
    expect([offer.status, ruleOf(offer.json)]).toEqual([400, 'committee-help-closed'])
    const { totalDocs } = await payload.count({ collection: 'committee-interests' })
    expect(totalDocs).toBe(0)
  })
})
