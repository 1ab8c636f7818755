import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import pg from 'pg'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { sqlHandle } from '../../cms/lib/db'
import type { Member } from '../../cms/payload-types'
import { createMember, daysFromNow, ruleError } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'

let payload: Payload
let people: Member[]

const committee = (memberIds: number[], overrides: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'committees',
    data: {
      name: 'لجنة الإطفاء',
      kind: 'flying',
      status: 'forming',
      members: memberIds,
      startDate: daysFromNow(0),
      endDate: daysFromNow(30),
      ...overrides,
    },
  })

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  people = []
  for (let i = 0; i < 12; i++) people.push(await createMember(payload, { veteran: i < 3 }))
})

beforeEach(async () => {
  await payload.delete({ collection: 'committees', where: { id: { exists: true } } })
})

describe('who sits on a committee', () => {
  it('seats active members only: not an applicant, a paused or a departed member', async () => {
    for (const status of ['applicant', 'paused', 'left'] as const) {
      const outsider = await createMember(payload, { status, name: `Outsider ${status}` })
      const error = await ruleError(
        committee([people[0]!.id, outsider.id], { lead: people[0]!.id }),
      )
      expect(error.data?.rule).toBe('committee-member-not-active')
      expect(error.message).toContain(`Outsider ${status}`)
    }
    expect((await payload.count({ collection: 'committees' })).totalDocs).toBe(0)
  })

  it('lets a committee go on when a seated member is paused later', async () => {
    const seated = await createMember(payload)
    const created = await committee([people[3]!.id, seated.id], { lead: people[3]!.id })
    await payload.update({ collection: 'members', id: seated.id, data: { status: 'paused' } })
    const renamed = await payload.update({
      collection: 'committees',
      id: created.id,
      data: { name: 'لجنة الإطفاء والإنقاذ' },
    })
    expect(renamed.members).toHaveLength(2)
  })
})

describe('committee size (rule 1)', () => {
  it('accepts a flying committee of five, the lead included, and records its seat limit', async () => {
    const ids = people.slice(0, 5).map((m) => m.id)
    const created = await committee(ids, { lead: ids[0] })
    expect(created.members).toHaveLength(5)
    expect(created.seatLimit).toBe(5)
  })

  it('refuses a sixth member with the rule named, and stores nothing', async () => {
    const error = await ruleError(committee(people.slice(0, 6).map((m) => m.id)))
    expect(error.status).toBe(400)
    expect(error.data?.rule).toBe('committee-size')
    expect(error.message).toContain('٥')
    expect((await payload.count({ collection: 'committees' })).totalDocs).toBe(0)
  })

  it('counts a lead left out of the members list, and adds them to it', async () => {
    const ids = people.slice(0, 5).map((m) => m.id)
    const error = await ruleError(committee(ids, { lead: people[5]!.id }))
    expect(error.data?.rule).toBe('committee-size')
    const created = await committee(ids.slice(0, 4), { lead: people[5]!.id })
    expect(created.members).toHaveLength(5)
  })

  it('lets a brainstorm group have ten, not eleven', async () => {
    const ten = await committee(
      people.slice(0, 10).map((m) => m.id),
      { kind: 'brainstorm' },
    )
    expect(ten.seatLimit).toBe(10)
    const error = await ruleError(
      committee(
        people.slice(0, 11).map((m) => m.id),
        { kind: 'brainstorm' },
      ),
    )
    expect(error.data?.rule).toBe('committee-size')
  })

  it('is held by the database when a write skips the hooks', async () => {
    const created = await committee(people.slice(0, 5).map((m) => m.id))
    const db = await sqlHandle(payload)
    const error = await ruleError(
      db.execute(sql`
        INSERT INTO committees_rels (parent_id, path, members_id, "order")
        VALUES (${created.id}, 'members', ${people[6]!.id}, 6)
      `),
    )
    expect(String((error.cause as Error).message)).toMatch(
      /fazaa_committee_seat_limit limit=5 count=6/,
    )
  })

  it('survives two writers racing for the last seat: exactly one gets it', async () => {
    const created = await committee(people.slice(0, 4).map((m) => m.id))
    const [first, second] = [
      new pg.Client(process.env.DATABASE_URL),
      new pg.Client(process.env.DATABASE_URL),
    ]
    await Promise.all([first.connect(), second.connect()])
    const addSeat = (client: pg.Client, memberId: number) =>
      client.query(
        `INSERT INTO committees_rels (parent_id, path, members_id, "order") VALUES ($1, 'members', $2, 9)`,
        [created.id, memberId],
      )
    try {
      await first.query('BEGIN')
      await second.query('BEGIN')
      await addSeat(first, people[7]!.id)
      // The second writer waits on the committee's row lock until the first commits.
      const secondInsert = addSeat(second, people[8]!.id).then(
        () => 'inserted',
        (error: Error) => error.message,
      )
      await first.query('COMMIT')
      expect(await secondInsert).toMatch(/fazaa_committee_seat_limit limit=5 count=6/)
      await second.query('ROLLBACK')
    } finally {
      await Promise.all([first.end(), second.end()])
    }
    const stored = await payload.findByID({ collection: 'committees', id: created.id, depth: 0 })
    expect(stored.members).toHaveLength(5)
  })
})

describe('committee duration (rule 2)', () => {
  it('requires an end date', async () => {
    const error = await ruleError(committee([people[0]!.id], { endDate: undefined }))
    expect(error.status).toBe(400)
  })

  it('refuses an end more than two calendar months after the start', async () => {
    const error = await ruleError(
      committee([people[0]!.id], {
        startDate: '2026-01-31T10:00:00.000Z',
        endDate: '2026-04-01T10:00:00.000Z',
      }),
    )
    expect(error.data?.rule).toBe('committee-duration')
    const ok = await committee([people[0]!.id], {
      startDate: '2026-01-15T10:00:00.000Z',
      endDate: '2026-03-15T10:00:00.000Z',
    })
    expect(ok.id).toBeDefined()
  })
})

describe('veterans and newcomers (rule 3)', () => {
  it('refuses to activate a committee of newcomers only, naming the missing veteran', async () => {
    const created = await committee([people[5]!.id, people[6]!.id])
    const error = await ruleError(
      payload.update({ collection: 'committees', id: created.id, data: { status: 'active' } }),
    )
    expect(error.data?.rule).toBe('committee-mix-veteran-missing')
  })

  it('refuses veterans only, and accepts a mix', async () => {
    const veterans = await committee([people[0]!.id, people[1]!.id])
    const error = await ruleError(
      payload.update({ collection: 'committees', id: veterans.id, data: { status: 'active' } }),
    )
    expect(error.data?.rule).toBe('committee-mix-newcomer-missing')
    const mixed = await committee([people[0]!.id, people[6]!.id])
    const active = await payload.update({
      collection: 'committees',
      id: mixed.id,
      data: { status: 'active' },
    })
    expect(active.status).toBe('active')
  })
})
