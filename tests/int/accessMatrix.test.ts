import type { CollectionSlug, Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Member } from '../../cms/payload-types'
import { createMember, daysFromNow, uploadReceipt } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/**
 * The whole access table, from one place: for every collection, every operation (create, read,
 * update, delete) and every field with its own read rule, what each kind of person gets on a
 * real document: an anonymous visitor, an applicant, an active member, the document's owner (the
 * member who proposed it, voted, answered, offered, or the member's own record), a committee
 * lead (of the committee the document belongs to) and an admin. Asked of Payload itself
 * (`POST /api/<collection>/access/<id>`, the permissions the admin panel uses), so the answer is
 * what the access functions decide for that document. A new collection, or a new private
 * field, fails the completeness checks until it has a row here.
 */
type Role = 'anonymous' | 'applicant' | 'member' | 'owner' | 'lead' | 'admin'
type Operation = 'create' | 'read' | 'update' | 'delete'
const ROLES: Role[] = ['anonymous', 'applicant', 'member', 'owner', 'lead', 'admin']
const EVERYONE = ROLES
const ACTIVE: Role[] = ['member', 'owner', 'lead', 'admin']
const ADMIN: Role[] = ['admin']
const NOBODY: Role[] = []

const MATRIX: Record<string, Record<Operation, Role[]>> = {
  campaigns: { create: ADMIN, read: EVERYONE, update: ADMIN, delete: ADMIN },
  'committee-interests': {
    create: ACTIVE,
    read: ['owner', 'lead', 'admin'],
    update: ADMIN,
    delete: ['owner', 'admin'],
  },
  committees: { create: ADMIN, read: ACTIVE, update: ['lead', 'admin'], delete: ADMIN },
  digests: { create: ADMIN, read: ADMIN, update: ADMIN, delete: ADMIN },
  donations: { create: ADMIN, read: EVERYONE, update: ADMIN, delete: ADMIN },
  // The document: an expense the lead submitted for the campaign their committee carries out.
  expenses: { create: ['lead', 'admin'], read: ['lead', 'admin'], update: ADMIN, delete: ADMIN },
  guests: { create: ADMIN, read: EVERYONE, update: ADMIN, delete: ADMIN },
  'mail-deliveries': { create: NOBODY, read: ADMIN, update: NOBODY, delete: ADMIN },
  // The document: the receipt of an expense not yet approved (tests/int/media.test.ts has the
  // uploads public pages show, readable by everyone, and the uploader's own).
  media: { create: ['lead', 'admin'], read: ADMIN, update: ADMIN, delete: ADMIN },
  'meeting-rsvps': {
    create: ACTIVE,
    read: ['owner', 'admin'],
    update: ['owner', 'admin'],
    delete: ['owner', 'admin'],
  },
  // The document: a meeting for members only.
  meetings: { create: ADMIN, read: ACTIVE, update: ADMIN, delete: ADMIN },
  // The document: the owner's own record, listed in the directory.
  // Applications come through the portal's join form (which hides who is known), not the API.
  members: { create: ADMIN, read: ACTIVE, update: ['owner', 'admin'], delete: ADMIN },
  partners: { create: ADMIN, read: EVERYONE, update: ADMIN, delete: ADMIN },
  // The document: the owner's proposal, submitted (no longer a draft the owner may delete).
  proposals: { create: ACTIVE, read: ACTIVE, update: ['owner', 'admin'], delete: ADMIN },
  'sign-in-links': { create: NOBODY, read: NOBODY, update: NOBODY, delete: NOBODY },
  'stripe-events': { create: NOBODY, read: ADMIN, update: NOBODY, delete: NOBODY },
  throttles: { create: NOBODY, read: NOBODY, update: NOBODY, delete: NOBODY },
  transfers: { create: ADMIN, read: EVERYONE, update: ADMIN, delete: ADMIN },
  // The document: the round of an open vote. Members read its turnout and outcome; the
  // management plans it; only the close job writes the outcome, and no round is ever deleted.
  'voting-rounds': { create: ADMIN, read: ACTIVE, update: ADMIN, delete: NOBODY },
  // Anyone signed in may try; the vote hook then refuses applicants with the rule's words.
  votes: {
    create: ['applicant', ...ACTIVE],
    read: ['owner', 'admin'],
    // A ballot is its member's alone: the management sees that they voted, not how.
    update: ['owner'],
    delete: ADMIN,
  },
}

/**
 * Fields with a read rule of their own, on the same documents. The owner's record shares its
 * contact details with members; the donation is anonymous; the transfer names an intermediary.
 */
const OWNER_AND_ADMIN: Role[] = ['owner', 'admin']
const PRIVATE_FIELDS: Record<string, Role[]> = {
  'donations.donorName': ADMIN,
  'donations.donorMember': ADMIN,
  'donations.message': ADMIN,
  'donations.reference': ADMIN,
  'donations.recordedBy': ADMIN,
  'donations.stripeSessionId': ADMIN,
  'donations.stripePaymentIntentId': ADMIN,
  'donations.stripeSubscriptionId': ADMIN,
  'donations.stripeInvoiceId': ADMIN,
  'guests.contact': ADMIN,
  'partners.contact': ADMIN,
  'meetings.onlineLink': ACTIVE,
  'members.email': ACTIVE,
  'members.phone': ACTIVE,
  'members.city': ACTIVE,
  'members.applicationNote': OWNER_AND_ADMIN,
  'members.calendarToken': OWNER_AND_ADMIN,
  'members.digestOptIn': OWNER_AND_ADMIN,
  'members.introductionDeclined': OWNER_AND_ADMIN,
  'members.remindersOptIn': OWNER_AND_ADMIN,
  // Payload's own list of a member's open sessions: the member alone, admins included out.
  'members.sessions': ['owner'],
  'members.timeZone': OWNER_AND_ADMIN,
  'transfers.channelName': ACTIVE,
  'transfers.confirmedBy': ACTIVE,
  'votes.choice': ['owner'],
  // The admin's form field for a vote taken by phone or in the meeting; never stored.
  'votes.recordedChoice': ADMIN,
}

let payload: Payload
let rest: Awaited<ReturnType<typeof startRestServer>>
const tokens: Partial<Record<Role, string>> = {}
const documents: Record<string, number> = {}
/** What the access check is asked with, where a rule depends on the new document's data. */
const createData: Record<string, Record<string, unknown>> = {}

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  rest = await startRestServer(payload)
  const people: Record<Exclude<Role, 'anonymous'>, Member> = {
    applicant: await createMember(payload, { email: 'applicant@example.org', status: 'applicant' }),
    member: await createMember(payload, { email: 'member@example.org' }),
    owner: await createMember(payload, {
      email: 'owner@example.org',
      phone: '+49 1',
      city: 'Hamburg',
      privacy: { showInDirectory: true, showContactToMembers: true },
    }),
    lead: await createMember(payload, { email: 'lead@example.org' }),
    admin: await createMember(payload, { email: 'admin@example.org', role: 'admin' }),
  }
  for (const [role, person] of Object.entries(people))
    tokens[role as Role] = await rest.login(person.email)

  const create = async (collection: CollectionSlug, data: Record<string, unknown>) =>
    (await payload.create({ collection, data: data as never, overrideAccess: true })).id as number
  documents.campaigns = await create('campaigns', {
    title: 'Fire pump',
    month: '2026-07',
    status: 'fundraising',
    goal: { amount: 100000, currency: 'EUR' },
  })
  documents.committees = await create('committees', {
    name: 'Fire pump committee',
    kind: 'flying',
    status: 'forming',
    campaign: documents.campaigns,
    lead: people.lead.id,
    members: [people.lead.id],
    startDate: daysFromNow(0),
    endDate: daysFromNow(30),
  })
  documents['committee-interests'] = await create('committee-interests', {
    committee: documents.committees,
    member: people.owner.id,
    message: 'I can help',
  })
  documents.meetings = await create('meetings', {
    kind: 'chat',
    title: 'Members chat',
    startsAt: daysFromNow(5),
    startsAt_tz: 'Europe/Berlin',
    status: 'planned',
    visibility: 'members',
    onlineLink: 'https://meet.example.org/x',
  })
  documents.digests = await create('digests', { meeting: documents.meetings })
  documents.donations = await create('donations', {
    campaign: documents.campaigns,
    amount: 2500,
    currency: 'EUR',
    method: 'bank',
    status: 'succeeded',
    anonymous: true,
    donorName: 'Quiet donor',
  })
  const receipt = await uploadReceipt(payload)
  documents.media = receipt.id
  documents.expenses = await create('expenses', {
    campaign: documents.campaigns,
    description: 'Hoses',
    amount: 5000,
    currency: 'EUR',
    receipt: receipt.id,
    submittedBy: people.lead.id,
    status: 'submitted',
  })
  createData.expenses = { campaign: documents.campaigns }
  documents.guests = await create('guests', { name: 'Guest', contact: { phone: '+963 1' } })
  documents.partners = await create('partners', { name: 'Partner', contact: '+963 2' })
  documents['meeting-rsvps'] = await create('meeting-rsvps', {
    meeting: documents.meetings,
    member: people.owner.id,
    answer: 'yes',
  })
  documents.members = people.owner.id
  documents.proposals = await create('proposals', {
    title: 'Fire pump',
    summary: 'Hoses and pumps',
    status: 'submitted',
    proposer: people.owner.id,
  })
  const openVote = await create('proposals', {
    title: 'Open vote',
    summary: 'S',
    status: 'voting',
    estimatedBudget: { amount: 100000, currency: 'EUR' },
    estimatedDurationWeeks: 4,
    votingOpensAt: daysFromNow(-1),
    votingClosesAt: daysFromNow(3),
  })
  documents.votes = await create('votes', {
    proposal: openVote,
    member: people.owner.id,
    choice: 'yes',
  })
  documents['voting-rounds'] = (
    await payload.findByID({ collection: 'proposals', id: openVote, depth: 0 })
  ).round as number
  documents['sign-in-links'] = await create('sign-in-links', {
    member: people.owner.id,
    tokenHash: 'hash',
    expiresAt: daysFromNow(1),
  })
  documents.throttles = await create('throttles', {
    name: 'signInByClient',
    key: '203.0.113.1',
    count: 1,
    windowStartedAt: daysFromNow(0),
    lastAt: daysFromNow(0),
  })
  documents['stripe-events'] = await create('stripe-events', {
    eventId: 'evt_1',
    type: 'checkout.session.completed',
  })
  documents['mail-deliveries'] = await create('mail-deliveries', {
    key: 'digest:1:1',
    kind: 'digest',
    member: people.owner.id,
    status: 'pending',
  })
  documents.transfers = await create('transfers', {
    campaign: documents.campaigns,
    channel: 'intermediary',
    channelName: 'Exchange office',
    sentOn: daysFromNow(-2),
    amountSent: 1000,
    fees: 10,
    currency: 'EUR',
    exchangeRate: 14000,
    amountReceived: 1400000,
    receivedCurrency: 'SYP',
    confirmedBy: 'Abu Ahmad',
  })
})

afterAll(() => rest?.close())

/**
 * Payload's answer: per operation `true`, or `{ permission: boolean }` (with a `where` when the
 * rule is a query); per field `true` (every operation), or per operation as above.
 */
type Answer = boolean | { permission?: boolean } | undefined
interface Permissions {
  create?: Answer
  read?: Answer
  update?: Answer
  delete?: Answer
  fields?: Record<string, FieldPermissions | boolean> | true
}
interface FieldPermissions {
  read?: Answer
  fields?: Record<string, FieldPermissions | boolean> | true
}

const allowed = (answer: Answer): boolean =>
  answer === true || (typeof answer === 'object' && answer.permission === true)

const permissionsOf = async (slug: string, role: Role): Promise<Permissions> => {
  const response = await fetch(`${rest.base}/${slug}/access/${documents[slug]}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(tokens[role] ? { authorization: `JWT ${tokens[role]}` } : {}),
    },
    body: JSON.stringify(createData[slug] ?? {}),
  })
  expect(response.status).toBe(200)
  return (await response.json()) as Permissions
}

/** Every field with its own read rule, as `collection.path` (groups give their name to the path). */
const privateFieldsOf = (slug: string, fields: Field[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    if ('name' in field && field.type === 'group') {
      const own = field.access?.read ? [`${slug}.${prefix}${field.name}`] : []
      return [...own, ...privateFieldsOf(slug, field.fields, `${prefix}${field.name}.`)]
    }
    if ('fields' in field && !('name' in field)) return privateFieldsOf(slug, field.fields, prefix)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => privateFieldsOf(slug, tab.fields, prefix))
    return 'name' in field && 'access' in field && field.access?.read
      ? [`${slug}.${prefix}${field.name}`]
      : []
  })

const fieldPermission = (permissions: Permissions, path: string): boolean => {
  let node: FieldPermissions | boolean | undefined = { fields: permissions.fields }
  for (const part of path.split('.')) {
    if (node === true || (typeof node === 'object' && node.fields === true)) return true
    node =
      typeof node === 'object'
        ? (node.fields as Record<string, FieldPermissions | boolean> | undefined)?.[part]
        : undefined
  }
  return node === true || (typeof node === 'object' && allowed(node.read))
}

describe('the access table', () => {
  it('covers every collection of the config', () => {
    const slugs = payload.config.collections
      .map((c) => c.slug)
      .filter((s) => !s.startsWith('payload-'))
    expect(Object.keys(MATRIX).sort()).toEqual(slugs.sort())
    expect(Object.keys(documents).sort()).toEqual(slugs.sort())
  })

  it('covers every field with a read rule of its own', () => {
    const found = payload.config.collections.flatMap((c) => privateFieldsOf(c.slug, c.fields))
    expect(Object.keys(PRIVATE_FIELDS).sort()).toEqual(found.sort())
  })

  for (const [slug, operations] of Object.entries(MATRIX)) {
    it(`${slug}: create, read, update, delete for each kind of person`, async () => {
      const got: Record<string, Role[]> = { create: [], read: [], update: [], delete: [] }
      for (const role of ROLES) {
        const permissions = await permissionsOf(slug, role)
        for (const operation of ['create', 'read', 'update', 'delete'] as const) {
          if (allowed(permissions[operation])) got[operation]!.push(role)
        }
      }
      expect(got).toEqual(operations)
    })
  }

  it('private fields: exactly who the rules name reads each one', async () => {
    const got: Record<string, Role[]> = {}
    for (const path of Object.keys(PRIVATE_FIELDS)) got[path] = []
    for (const role of ROLES) {
      const bySlug = new Map<string, Permissions>()
      for (const path of Object.keys(PRIVATE_FIELDS)) {
        const slug = path.split('.')[0]!
        if (!bySlug.has(slug)) bySlug.set(slug, await permissionsOf(slug, role))
        if (fieldPermission(bySlug.get(slug)!, path.slice(slug.length + 1))) got[path]!.push(role)
      }
    }
    expect(got).toEqual(PRIVATE_FIELDS)
  })
})

/**
 * Payload's own collections and operations, which the table above does not list (they are not
 * in the config's collections until Payload adds them): who succeeds at each, over REST.
 */
const PAYLOAD_OWN: Record<string, Role[]> = {
  // The admin panel's edit locks: the management's (cms/lib/documentLocksForAdmins.ts).
  'payload-locked-documents: list': ADMIN,
  'payload-locked-documents: create': ADMIN,
  // Each person's admin preferences: their own only; nobody reads another's.
  "payload-preferences: read another's": [],
  // There is no lock after wrong passwords to lift; the call stays the management's.
  'members: unlock': ADMIN,
  // No collection keeps versions: 404 for anyone (before: 500 for any signed-in person).
  'campaigns: versions answered other than 404': [],
}

describe("Payload's own collections and operations", () => {
  it('are allowed to exactly the people the rules name', async () => {
    const { docs } = await payload.find({ collection: 'campaigns', limit: 1, depth: 0 })
    const adminUser = (
      await payload.find({ collection: 'members', where: { role: { equals: 'admin' } }, limit: 1 })
    ).docs[0]!
    // Saved by the admin, as the admin panel saves one.
    const saved = await rest.request('POST', '/payload-preferences/nav', {
      token: tokens.admin,
      body: { value: { open: true } },
    })
    expect(saved.status).toBe(200)
    const preference = (
      await payload.find({ collection: 'payload-preferences', where: { key: { equals: 'nav' } } })
    ).docs[0]!
    const attempts: Record<string, (token?: string) => Promise<boolean>> = {
      'payload-locked-documents: list': async (token) =>
        (await rest.request('GET', '/payload-locked-documents', { token })).status === 200,
      'payload-locked-documents: create': async (token) => {
        const created = await rest.request('POST', '/payload-locked-documents', {
          token,
          body: {
            document: { relationTo: 'campaigns', value: docs[0]!.id },
            user: { relationTo: 'members', value: adminUser.id },
          },
        })
        if (created.status === 201) {
          await payload.delete({
            collection: 'payload-locked-documents',
            where: { id: { exists: true } },
          })
        }
        return created.status === 201
      },
      "payload-preferences: read another's": async (token) => {
        if (token === tokens.admin) return false
        // By key (what the admin panel asks), and as a list: the admin's value never comes back.
        const byKey = await rest.request('GET', '/payload-preferences/nav', { token })
        const listed = await rest.request(
          'GET',
          `/payload-preferences?where[id][equals]=${preference.id}`,
          {
            token,
          },
        )
        const docs = (listed.json.docs as unknown[] | undefined) ?? []
        return (byKey.json.value as { open?: boolean } | null)?.open === true || docs.length > 0
      },
      'members: unlock': async (token) =>
        (
          await rest.request('POST', '/members/unlock', {
            token,
            body: { email: 'member@example.org' },
          })
        ).status === 200,
      'campaigns: versions answered other than 404': async (token) =>
        (await rest.request('GET', '/campaigns/versions', { token })).status !== 404,
    }
    const got: Record<string, Role[]> = {}
    for (const [what, attempt] of Object.entries(attempts)) {
      got[what] = []
      for (const role of ROLES) if (await attempt(tokens[role])) got[what]!.push(role)
    }
    expect(got).toEqual(PAYLOAD_OWN)
  })
})
