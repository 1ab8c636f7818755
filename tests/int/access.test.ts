import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Member } from '../../cms/payload-types'
import { createMember, daysFromNow } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let rest: Awaited<ReturnType<typeof startRestServer>>
let admin: Member
let member: Member
let otherMember: Member
let shy: Member
let applicant: Member
const tokens: Record<string, string | undefined> = {}

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  rest = await startRestServer(payload)
  admin = await createMember(payload, { role: 'admin', email: 'admin@example.org' })
  member = await createMember(payload, {
    email: 'member@example.org',
    phone: '+49 111',
    city: 'Hamburg',
    privacy: { showInDirectory: true, showContactToMembers: true },
  })
  otherMember = await createMember(payload, {
    email: 'other@example.org',
    privacy: { showInDirectory: true, showContactToMembers: false },
    phone: '+46 222',
    city: 'Malmö',
  })
  shy = await createMember(payload, {
    email: 'shy@example.org',
    privacy: { showInDirectory: false },
  })
  applicant = await createMember(payload, { email: 'applicant@example.org', status: 'applicant' })
  tokens.admin = await rest.login(admin.email)
  tokens.member = await rest.login(member.email)
  tokens.otherMember = await rest.login(otherMember.email)
  tokens.applicant = await rest.login(applicant.email)
  tokens.anonymous = undefined

  const campaign = await payload.create({
    collection: 'campaigns',
    data: {
      title: 'Public',
      month: '2026-07',
      status: 'fundraising',
      goal: { amount: 1000, currency: 'EUR' },
    },
  })
  await payload.create({
    collection: 'campaigns',
    data: {
      title: 'Draft',
      month: '2026-08',
      status: 'draft',
      goal: { amount: 1000, currency: 'EUR' },
    },
  })
  await payload.create({
    collection: 'donations',
    data: {
      campaign: campaign.id,
      amount: 500,
      currency: 'EUR',
      method: 'stripe',
      status: 'succeeded',
      donorName: 'Secret Donor',
      anonymous: true,
      stripeSessionId: 'cs_test_1',
    },
  })
  await payload.create({
    collection: 'donations',
    data: {
      campaign: campaign.id,
      amount: 700,
      currency: 'EUR',
      method: 'bank',
      status: 'succeeded',
      donorName: 'Named Donor',
      anonymous: false,
    },
  })
  await payload.create({
    collection: 'donations',
    data: {
      campaign: campaign.id,
      amount: 900,
      currency: 'EUR',
      method: 'stripe',
      status: 'pending',
    },
  })
  await payload.create({
    collection: 'transfers',
    data: {
      campaign: campaign.id,
      channel: 'intermediary',
      channelName: 'Secret Exchange Office',
      sentOn: '2026-07-20T10:00:00.000Z',
      amountSent: 1000,
      fees: 20,
      currency: 'EUR',
      exchangeRate: 14000,
      amountReceived: 1400000,
      receivedCurrency: 'SYP',
      confirmedBy: 'Abu Secret',
    },
  })
  await payload.create({
    collection: 'guests',
    data: { name: 'Forestry official', contact: { phone: '+963 1', email: 'guest@example.org' } },
  })
  await payload.create({
    collection: 'partners',
    data: { name: 'Municipality', contact: '+963 2' },
  })
  await payload.create({
    collection: 'meetings',
    data: {
      kind: 'salon',
      title: 'Health salon',
      startsAt: daysFromNow(5),
      startsAt_tz: 'Europe/Berlin',
      status: 'planned',
      visibility: 'public',
      onlineLink: 'https://meet.example.org/secret',
    },
  })
  await payload.create({
    collection: 'meetings',
    data: {
      kind: 'chat',
      title: 'Members chat',
      startsAt: daysFromNow(6),
      startsAt_tz: 'Europe/Berlin',
      status: 'planned',
      visibility: 'members',
    },
  })
  await payload.create({
    collection: 'committees',
    data: {
      name: 'Roster',
      kind: 'flying',
      status: 'forming',
      members: [member.id],
      startDate: daysFromNow(0),
      endDate: daysFromNow(9),
    },
  })
})

afterAll(() => rest.close())

const list = async (who: string, slug: CollectionSlug) => {
  const { status, json } = await rest.request('GET', `/${slug}?limit=100&depth=0`, {
    token: tokens[who],
  })
  return { status, docs: (json.docs ?? []) as Record<string, unknown>[] }
}

/** What each reader may list, per collection: a count, or 403 when the list is closed. */
const READ_MATRIX: Record<string, Record<string, number | 403>> = {
  campaigns: { anonymous: 1, applicant: 1, member: 1, admin: 2 },
  donations: { anonymous: 2, applicant: 2, member: 2, admin: 3 },
  expenses: { anonymous: 0, applicant: 0, member: 0, admin: 0 },
  proposals: { anonymous: 403, applicant: 0, member: 0, admin: 0 },
  votes: { anonymous: 403, applicant: 0, member: 0, admin: 0 },
  // A round's turnout and outcome are the members' (no round is open here).
  'voting-rounds': { anonymous: 403, applicant: 403, member: 0, admin: 0 },
  committees: { anonymous: 403, applicant: 403, member: 1, admin: 1 },
  meetings: { anonymous: 1, applicant: 1, member: 2, admin: 2 },
  guests: { anonymous: 1, applicant: 1, member: 1, admin: 1 },
  partners: { anonymous: 1, applicant: 1, member: 1, admin: 1 },
  members: { anonymous: 403, applicant: 1, member: 2, admin: 5 },
  media: { anonymous: 0, applicant: 0, member: 0, admin: 0 },
  digests: { anonymous: 403, applicant: 403, member: 403, admin: 0 },
  // Sign-in links are read by nobody over the API, admins included (only hashes are stored).
  'sign-in-links': { anonymous: 403, applicant: 403, member: 403, admin: 403 },
  throttles: { anonymous: 403, applicant: 403, member: 403, admin: 403 },
  'committee-interests': { anonymous: 403, applicant: 0, member: 0, admin: 0 },
  'meeting-rsvps': { anonymous: 403, applicant: 0, member: 0, admin: 0 },
  // Money to the town is public; who carried and who received it, below, is not.
  transfers: { anonymous: 1, applicant: 1, member: 1, admin: 1 },
  // The webhook's audit trail: admins read it, nobody writes it over the API.
  'stripe-events': { anonymous: 403, applicant: 403, member: 403, admin: 0 },
  // Who was emailed what, and the servers' answers: admins only.
  'mail-deliveries': { anonymous: 403, applicant: 403, member: 403, admin: 0 },
}

describe('who reads what', () => {
  for (const [slug, expectations] of Object.entries(READ_MATRIX)) {
    for (const [who, expected] of Object.entries(expectations)) {
      it(`${who} lists ${slug}: ${expected === 403 ? 'forbidden' : `${expected} documents`}`, async () => {
        const { status, docs } = await list(who, slug as CollectionSlug)
        if (expected === 403) expect(status).toBe(403)
        else expect([status, docs.length]).toEqual([200, expected])
      })
    }
  }

  it('covers every collection of the config, so a new one cannot be forgotten', () => {
    const slugs = payload.config.collections
      .map((c) => c.slug)
      .filter((slug) => !slug.startsWith('payload-'))
    expect(Object.keys(READ_MATRIX).sort()).toEqual(slugs.sort())
  })
})

describe('the about page (a global)', () => {
  it('is read by anyone and written only by admins', async () => {
    expect((await rest.request('GET', '/globals/about')).status).toBe(200)
    const byMember = await rest.request('POST', '/globals/about', {
      token: tokens.member,
      body: { title: 'Hijacked' },
    })
    expect(byMember.status).toBe(403)
    const byAdmin = await rest.request('POST', '/globals/about', {
      token: tokens.admin,
      body: { title: 'How we work' },
    })
    expect(byAdmin.status).toBe(200)
    expect((await payload.findGlobal({ slug: 'about' })).title).toBe('How we work')
  })
})

describe('private fields', () => {
  it('never sends email, phone, city or votes to anonymous visitors', async () => {
    const everything = await Promise.all(
      Object.keys(READ_MATRIX).map((slug) => rest.request('GET', `/${slug}?depth=2&limit=100`)),
    )
    const text = JSON.stringify(everything.map((r) => r.json))
    for (const secret of [
      '@example.org',
      '+49 111',
      '+46 222',
      '+963',
      'Hamburg',
      'Malmö',
      'meet.example.org',
      'Secret Donor',
      'cs_test_1',
      'Secret Exchange Office',
      'Abu Secret',
    ]) {
      expect(text).not.toContain(secret)
    }
    expect(text).toContain('Named Donor')
  })

  it('shows contact details to members only where the member allowed it', async () => {
    const { docs } = await list('otherMember', 'members')
    const shared = docs.find((d) => d.id === member.id)!
    expect([shared.email, shared.phone, shared.city]).toEqual([
      'member@example.org',
      '+49 111',
      'Hamburg',
    ])
    const { docs: seenByMember } = await list('member', 'members')
    const hidden = seenByMember.find((d) => d.id === otherMember.id)!
    expect(hidden.name).toBeTruthy()
    expect([hidden.email, hidden.phone, hidden.city]).toEqual([undefined, undefined, undefined])
    expect(seenByMember.some((d) => d.id === shy.id)).toBe(false)
  })

  it('names the intermediary and the person who confirmed a transfer to members only', async () => {
    const [transfer] = (await list('member', 'transfers')).docs
    expect([transfer!.channelName, transfer!.confirmedBy]).toEqual([
      'Secret Exchange Office',
      'Abu Secret',
    ])
    const [seenByApplicant] = (await list('applicant', 'transfers')).docs
    expect(seenByApplicant!.amountSent).toBe(1000)
    expect([seenByApplicant!.channelName, seenByApplicant!.confirmedBy]).toEqual([
      undefined,
      undefined,
    ])
  })

  it('lets members read the meeting link, and not anonymous visitors', async () => {
    const { docs } = await list('member', 'meetings')
    expect(docs.some((d) => d.onlineLink === 'https://meet.example.org/secret')).toBe(true)
  })
})

describe('who writes what', () => {
  it('takes sign-ups over the API from admins only, and answers a known address as a new one', async () => {
    const signUp = (email: string, token?: string) =>
      rest.request('POST', '/members', {
        token,
        body: { email, password: 'a-long-password', name: 'New', role: 'admin', status: 'active' },
      })
    const known = await signUp(member.email)
    const fresh = await signUp('new@example.org')
    expect([known.status, fresh.status]).toEqual([403, 403])
    expect(known.json).toEqual(fresh.json)
    for (const who of ['applicant', 'member'] as const) {
      expect((await signUp(`new-${who}@example.org`, tokens[who])).status).toBe(403)
    }
    expect(
      (await payload.count({ collection: 'members', where: { email: { like: 'new' } } })).totalDocs,
    ).toBe(0)
    // An admin adds a member, with the role and status they choose.
    const added = await signUp('added@example.org', tokens.admin)
    expect(added.status).toBe(201)
  })

  it('ends the sessions of a member who leaves, and signs them in no more', async () => {
    const leaving = await createMember(payload)
    const token = await rest.login(leaving.email)
    const me = async () =>
      ((await rest.request('GET', '/members/me', { token })).json.user as { id?: number } | null)
        ?.id
    expect(await me()).toBe(leaving.id)
    await payload.update({ collection: 'members', id: leaving.id, data: { status: 'left' } })
    expect(await me()).toBeUndefined()
    const again = await rest.request('POST', '/members/login', {
      body: { email: leaving.email, password: 'test-password-1' },
    })
    const wrong = await rest.request('POST', '/members/login', {
      body: { email: leaving.email, password: 'not-the-password' },
    })
    // The same answer as a wrong password.
    expect([again.status, again.json.errors]).toEqual([wrong.status, wrong.json.errors])
  })

  it("keeps the admin panel's edit locks to admins", async () => {
    const { docs } = await payload.find({ collection: 'campaigns', limit: 1, depth: 0 })
    const lock = {
      document: { relationTo: 'campaigns', value: docs[0]!.id },
      user: { relationTo: 'members', value: admin.id },
    }
    for (const who of ['applicant', 'member', 'anonymous'] as const) {
      const created = await rest.request('POST', '/payload-locked-documents', {
        token: tokens[who],
        body: lock,
      })
      const listed = await rest.request('GET', '/payload-locked-documents', { token: tokens[who] })
      expect([who, created.status, listed.status]).toEqual([who, 403, 403])
    }
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
    const byAdmin = await rest.request('POST', '/payload-locked-documents', {
      token: tokens.admin,
      body: lock,
    })
    expect(byAdmin.status).toBe(201)
    await payload.delete({
      collection: 'payload-locked-documents',
      where: { id: { exists: true } },
    })
  })

  it('never locks an account after wrong passwords, and lets only an admin call unlock', async () => {
    const owner = await createMember(payload, { role: 'admin' })
    for (let i = 0; i < 8; i++) {
      const wrong = await rest.request('POST', '/members/login', {
        body: { email: owner.email, password: 'a-wrong-password' },
      })
      expect(wrong.status).toBe(401)
    }
    // Guessing is throttled by client instead (tests/e2e/throttle.test.ts): the owner gets in.
    const right = await rest.request('POST', '/members/login', {
      body: { email: owner.email, password: 'test-password-1' },
    })
    expect(right.status).toBe(200)
    for (const who of ['applicant', 'member', 'anonymous'] as const) {
      const { status } = await rest.request('POST', '/members/unlock', {
        token: tokens[who],
        body: { email: owner.email },
      })
      expect([who, status]).toEqual([who, 403])
    }
    const { status } = await rest.request('POST', '/members/unlock', {
      token: tokens.admin,
      body: { email: owner.email },
    })
    expect(status).toBe(200)
  })

  it('lets members edit their profile but never their role, status or veteran flag', async () => {
    const { status } = await rest.request('PATCH', `/members/${member.id}`, {
      token: tokens.member,
      body: { country: 'DE', role: 'admin', status: 'active', veteran: true },
    })
    expect(status).toBe(200)
    const stored = await payload.findByID({ collection: 'members', id: member.id })
    expect([stored.country, stored.role, stored.veteran]).toEqual(['DE', 'member', false])
  })

  it("refuses changes to someone else's profile", async () => {
    const { status } = await rest.request('PATCH', `/members/${otherMember.id}`, {
      token: tokens.member,
      body: { country: 'SE' },
    })
    expect(status).toBe(403)
  })

  it('keeps campaigns, donations, committees, meetings, guests and partners to admins', async () => {
    for (const slug of [
      'campaigns',
      'donations',
      'committees',
      'meetings',
      'guests',
      'partners',
      'digests',
      'expenses',
    ]) {
      const { status } = await rest.request('POST', `/${slug}`, { token: tokens.member, body: {} })
      expect([slug, status]).toEqual([slug, 403])
    }
  })

  it('lets applicants sign in but not propose', async () => {
    const { status } = await rest.request('POST', '/proposals', {
      token: tokens.applicant,
      body: { title: 'x', summary: 'y' },
    })
    expect(status).toBe(403)
  })
})

describe('the first account', () => {
  it('is never made by an anonymous sign-up, even on an empty database', async () => {
    await resetDatabase(payload)
    const { status } = await rest.request('POST', '/members', {
      body: { email: 'stranger@example.org', password: 'a-long-password', name: 'Stranger' },
    })
    expect(status).toBe(403)
    expect((await payload.count({ collection: 'members' })).totalDocs).toBe(0)
  })

  it('becomes an active admin through the admin panel’s first-user form, and only then', async () => {
    await resetDatabase(payload)
    const { status, json } = await rest.request('POST', '/members/first-register', {
      body: { email: 'founder@example.org', password: 'a-long-password', name: 'Founder' },
    })
    expect(status).toBe(200)
    const founder = (json.user ?? json.doc) as { id: number }
    const stored = await payload.findByID({ collection: 'members', id: founder.id })
    expect([stored.role, stored.status]).toEqual(['admin', 'active'])
    const second = await rest.request('POST', '/members/first-register', {
      body: { email: 'second@example.org', password: 'a-long-password', name: 'Second' },
    })
    expect(second.status).toBe(403)
    const anonymous = await rest.request('POST', '/members', {
      body: { email: 'second@example.org', password: 'a-long-password', name: 'Second' },
    })
    expect(anonymous.status).toBe(403)
  })
})
