import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { sqlHandle } from '../../cms/lib/db'
import type { Member, Proposal } from '../../cms/payload-types'
import { asUser, createMember, daysFromNow, ruleError } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let rest: Awaited<ReturnType<typeof startRestServer>>
let voter: Member
let other: Member
let applicant: Member
let proposal: Proposal

const openProposal = (window: { opens: number; closes: number } = { opens: -1, closes: 3 }) =>
  payload.create({
    collection: 'proposals',
    data: {
      title: 'Fire room equipment',
      summary: 'Hoses and pumps for al-Mashhad al-Aali',
      status: 'voting',
      estimatedBudget: { amount: 230000, currency: 'EUR' },
      estimatedDurationWeeks: 6,
      votingOpensAt: daysFromNow(window.opens),
      votingClosesAt: daysFromNow(window.closes),
    },
  })

/** A vote cast through the Local API as that member, with access rules applied. */
const castAs = (member: Member, choice: 'yes' | 'no' | 'abstain') =>
  payload.create({
    collection: 'votes',
    data: { proposal: proposal.id, member: member.id, choice },
    user: asUser(member),
    overrideAccess: false,
  })

/** Moves a proposal's window without the workflow (as time passing would). */
const shiftWindow = async (id: number, opens: number, closes: number) => {
  const db = await sqlHandle(payload)
  await db.execute(sql`
    UPDATE proposals SET voting_opens_at = ${daysFromNow(opens)}, voting_closes_at = ${daysFromNow(closes)}
    WHERE id = ${id}
  `)
}

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  rest = await startRestServer(payload)
  voter = await createMember(payload)
  other = await createMember(payload)
  applicant = await createMember(payload, { status: 'applicant' })
})

afterAll(() => rest.close())

beforeEach(async () => {
  await payload.delete({ collection: 'votes', where: { id: { exists: true } } })
  proposal = await openProposal()
})

describe('casting a vote (rule 4)', () => {
  it('records the signed-in member as the voter, whatever the body says', async () => {
    const token = await rest.login(voter.email)
    const { status, json } = await rest.request('POST', '/votes', {
      token,
      body: { proposal: proposal.id, member: other.id, choice: 'yes' },
    })
    expect(status).toBe(201)
    const stored = await payload.findByID({
      collection: 'votes',
      id: (json.doc as { id: number }).id,
      depth: 0,
    })
    expect(stored.member).toBe(voter.id)
    expect(stored.castAt).toBeTruthy()
  })

  it('refuses anonymous visitors', async () => {
    const { status } = await rest.request('POST', '/votes', {
      body: { proposal: proposal.id, choice: 'yes' },
    })
    expect(status).toBe(403)
  })

  it('refuses a member who is not active, naming the rule', async () => {
    const error = await ruleError(castAs(applicant, 'yes'))
    expect(error.data?.rule).toBe('vote-member-not-active')
  })

  it('refuses before the window opens and after it closes', async () => {
    await shiftWindow(proposal.id, 1, 3)
    const early = await ruleError(castAs(voter, 'yes'))
    expect(early.data?.rule).toBe('vote-not-open-yet')
    await shiftWindow(proposal.id, -3, -1)
    const late = await ruleError(castAs(voter, 'yes'))
    expect(late.data?.rule).toBe('vote-closed')
  })

  it('lets a member change their vote until the close, never after', async () => {
    const vote = await castAs(voter, 'yes')
    const changed = await payload.update({
      collection: 'votes',
      id: vote.id,
      data: { choice: 'no' },
      user: asUser(voter),
      overrideAccess: false,
    })
    expect(changed.choice).toBe('no')
    await shiftWindow(proposal.id, -3, -1)
    const error = await ruleError(
      payload.update({
        collection: 'votes',
        id: vote.id,
        data: { choice: 'yes' },
        user: asUser(voter),
        overrideAccess: false,
      }),
    )
    expect(error.data?.rule).toBe('vote-closed')
    const stored = await payload.findByID({ collection: 'votes', id: vote.id })
    expect(stored.choice).toBe('no')
  })

  it("never lets a member change someone else's vote", async () => {
    const vote = await castAs(voter, 'yes')
    const token = await rest.login(other.email)
    const { status } = await rest.request('PATCH', `/votes/${vote.id}`, {
      token,
      body: { choice: 'no' },
    })
    expect(status).toBe(403)
    expect((await payload.findByID({ collection: 'votes', id: vote.id })).choice).toBe('yes')
  })

  it('refuses a second vote on the same proposal, naming the rule', async () => {
    const token = await rest.login(voter.email)
    await rest.request('POST', '/votes', { token, body: { proposal: proposal.id, choice: 'yes' } })
    const { status, json } = await rest.request('POST', '/votes', {
      token,
      body: { proposal: proposal.id, choice: 'no' },
      language: 'en',
    })
    expect(status).toBe(400)
    expect((json.errors as { message: string }[])[0]!.message).toMatch(/one vote per member/)
  })

  it('leaves exactly one row when 50 duplicate votes arrive at once', async () => {
    const token = await rest.login(voter.email)
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        rest.request('POST', '/votes', { token, body: { proposal: proposal.id, choice: 'yes' } }),
      ),
    )
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s !== 201).every((s) => s === 400)).toBe(true)
    const { totalDocs } = await payload.count({
      collection: 'votes',
      where: { proposal: { equals: proposal.id }, member: { equals: voter.id } },
    })
    expect(totalDocs).toBe(1)
  })

  it('is held by a unique index in the database, not only by the hook', async () => {
    await payload.create({
      collection: 'votes',
      data: { proposal: proposal.id, member: voter.id, choice: 'yes' },
    })
    const db = await sqlHandle(payload)
    const error = await ruleError(
      db.execute(sql`
        INSERT INTO votes (proposal_id, member_id, choice) VALUES (${proposal.id}, ${voter.id}, 'no')
      `),
    )
    expect(String((error.cause as Error).message)).toMatch(/proposal_member_idx/)
  })
})

describe('privacy of votes', () => {
  it('shows a member only their own votes, and anonymous visitors none', async () => {
    await payload.create({
      collection: 'votes',
      data: { proposal: proposal.id, member: voter.id, choice: 'yes' },
    })
    await payload.create({
      collection: 'votes',
      data: { proposal: proposal.id, member: other.id, choice: 'no' },
    })
    const token = await rest.login(other.email)
    const mine = await rest.request('GET', '/votes', { token })
    expect((mine.json.docs as { choice: string }[]).map((v) => v.choice)).toEqual(['no'])
    const anonymous = await rest.request('GET', '/votes')
    expect(anonymous.status).toBe(403)
  })
})

describe('the secret ballot', () => {
  it('shows the management that a member voted, never how, and lets only the member change it', async () => {
    const admin = await createMember(payload, { role: 'admin' })
    const vote = await castAs(voter, 'no')
    const adminToken = await rest.login(admin.email)
    const listed = await rest.request('GET', `/votes?where[proposal][equals]=${proposal.id}`, {
      token: adminToken,
    })
    const docs = listed.json.docs as Record<string, unknown>[]
    expect(docs).toHaveLength(1)
    expect(docs[0]).not.toHaveProperty('choice')
    // Asking for the choice by name, or filtering by it, tells nothing either.
    const selected = await rest.request('GET', `/votes/${vote.id}?select[choice]=true`, {
      token: adminToken,
    })
    expect(selected.json).not.toHaveProperty('choice')
    const filtered = await rest.request(
      'GET',
      `/votes?where[choice][equals]=no&where[proposal][equals]=${proposal.id}`,
      { token: adminToken },
    )
    expect(filtered.json.totalDocs ?? 0).toBe(0)
    const byRecorded = await rest.request(
      'GET',
      `/votes?where[recordedChoice][equals]=no&where[proposal][equals]=${proposal.id}`,
      { token: adminToken },
    )
    expect(byRecorded.json.totalDocs ?? 0).toBe(0)
    const changed = await rest.request('PATCH', `/votes/${vote.id}`, {
      token: adminToken,
      body: { choice: 'yes' },
    })
    expect(changed.status).toBe(403)
    // The member reads and changes their own.
    const voterToken = await rest.login(voter.email)
    const own = await rest.request('GET', `/votes/${vote.id}`, { token: voterToken })
    expect(own.json.choice).toBe('no')
    const mine = await rest.request('PATCH', `/votes/${vote.id}`, {
      token: voterToken,
      body: { choice: 'yes' },
    })
    expect(mine.status).toBe(200)
  })
})

/** The rule a REST refusal names. */
const ruleOf = (json: Record<string, unknown>) =>
  (json.errors as { data: { rule: string } }[])[0]!.data.rule

describe('votes taken in the meeting or by phone', () => {
  it('lets an admin record a member’s vote, marked as such, and tells the member by mail', async () => {
    const admin = await createMember(payload, { role: 'admin' })
    const adminToken = await rest.login(admin.email)
    const withoutHow = await rest.request('POST', '/votes', {
      token: adminToken,
      body: { proposal: proposal.id, member: voter.id, choice: 'yes' },
    })
    expect(withoutHow.status).toBe(400)
    expect(ruleOf(withoutHow.json)).toBe('vote-recorded-how')
    const recorded = await rest.request('POST', '/votes', {
      token: adminToken,
      // As the admin's form sends it: the choice in its own, never stored, field.
      body: {
        proposal: proposal.id,
        member: voter.id,
        recordedChoice: 'yes',
        recordedHow: 'phone',
      },
    })
    expect(recorded.status).toBe(201)
    // Even the admin who recorded it is not answered with the choice.
    expect(recorded.json.doc).not.toHaveProperty('choice')
    const id = (recorded.json.doc as { id: number }).id
    const stored = await payload.findByID({ collection: 'votes', id, depth: 0 })
    expect(stored).toMatchObject({
      member: voter.id,
      recordedBy: admin.id,
      recordedHow: 'phone',
      choice: 'yes',
    })
    const { docs: mail } = await payload.find({
      collection: 'mail-deliveries',
      where: { kind: { equals: 'vote-recorded' }, member: { equals: voter.id } },
      depth: 0,
    })
    expect(mail).toHaveLength(1)

    // The rules are the member's own: an applicant's vote is refused, recorded or not.
    const forApplicant = await rest.request('POST', '/votes', {
      token: adminToken,
      body: { proposal: proposal.id, member: applicant.id, choice: 'yes', recordedHow: 'meeting' },
    })
    expect(ruleOf(forApplicant.json)).toBe('vote-member-not-active')

    // The member changes it, and it is theirs: no longer marked as recorded.
    const voterToken = await rest.login(voter.email)
    const changed = await rest.request('PATCH', `/votes/${id}`, {
      token: voterToken,
      body: { choice: 'no' },
    })
    expect(changed.status).toBe(200)
    expect(await payload.findByID({ collection: 'votes', id, depth: 0 })).toMatchObject({
      choice: 'no',
      recordedBy: null,
      recordedHow: null,
    })
  })

  it('never lets a member record a vote for someone else', async () => {
    const token = await rest.login(voter.email)
    const { status, json } = await rest.request('POST', '/votes', {
      token,
      body: { proposal: proposal.id, member: other.id, choice: 'yes', recordedHow: 'phone' },
    })
    expect(status).toBe(201)
    const stored = await payload.findByID({
      collection: 'votes',
      id: (json.doc as { id: number }).id,
      depth: 0,
    })
    expect(stored).toMatchObject({ member: voter.id, recordedBy: null, recordedHow: null })
  })

  it('holds "how it was taken" in the database too', async () => {
    const admin = await createMember(payload, { role: 'admin' })
    const vote = await castAs(voter, 'yes')
    const db = await sqlHandle(payload)
    await expect(
      db.execute(sql`UPDATE votes SET recorded_by_id = ${admin.id} WHERE id = ${vote.id}`),
    ).rejects.toMatchObject({ cause: { constraint: 'votes_recorded_says_how' } })
  })
})
