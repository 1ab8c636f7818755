import type { Payload } from 'payload'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import * as clock from '@fazaa/shared/clock'
import { richText } from '../../cms/lib/plainRichText'

import type { Meeting, Member } from '../../cms/payload-types'
import { createMember, ruleError } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'

let payload: Payload
let members: Member[]

const bigSunday = (startsAt: string, segments?: Meeting['segments']) =>
  payload.create({
    collection: 'meetings',
    data: {
      kind: 'big-sunday',
      title: 'لقاء الأحد الكبير',
      startsAt,
      startsAt_tz: 'Asia/Damascus',
      status: 'planned',
      visibility: 'public',
      ...(segments ? { segments } : {}),
    },
  })

const agenda = (introduced: number[]): Meeting['segments'] => [
  { kind: 'introductions', members: introduced },
  { kind: 'next-campaign' },
  { kind: 'last-campaign' },
  { kind: 'guest' },
  { kind: 'closing' },
]

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  members = []
  for (let i = 0; i < 5; i++) members.push(await createMember(payload))
})

beforeEach(async () => {
  await payload.delete({ collection: 'meetings', where: { id: { exists: true } } })
})

describe('the Big Sunday Meeting (rule 8)', () => {
  it('starts on a Sunday in its own time zone, even when it is Saturday in UTC', async () => {
    // 01:00 on Sunday 6 December in Damascus is still Saturday 5 December in UTC.
    const meeting = await bigSunday('2026-12-05T22:00:00.000Z')
    expect(meeting.month).toBe('2026-12')
    const error = await ruleError(bigSunday('2027-01-02T14:00:00.000Z'))
    expect(error.data?.rule).toBe('meeting-not-sunday')
    // The day as the reader says it, in the meeting's zone: «السبت، ٢ كانون الثاني ٢٠٢٧ …».
    expect(error.message).toMatch(/السبت، ٢ كانون الثاني ٢٠٢٧|Saturday, 2 January 2027/)
  })

  it('fills the fixed agenda with the two members longest waiting to introduce themselves', async () => {
    const meeting = await bigSunday('2026-12-06T14:00:00.000Z')
    expect(meeting.segments?.map((s) => s.kind)).toEqual([
      'introductions',
      'next-campaign',
      'last-campaign',
      'guest',
      'closing',
    ])
    const introduced = meeting.segments![0]!.members!.map((m) => (typeof m === 'object' ? m.id : m))
    expect(introduced).toEqual([members[0]!.id, members[1]!.id])
  })

  it('creates the prep meeting on the Sunday nearest mid-month and the finishing one on the last Sunday', async () => {
    const meeting = await bigSunday('2026-12-06T14:00:00.000Z')
    const { docs } = await payload.find({
      collection: 'meetings',
      where: { bigSunday: { equals: meeting.id } },
      sort: 'startsAt',
    })
    expect(docs.map((d) => [d.kind, d.startsAt])).toEqual([
      ['prep', '2026-12-13T14:00:00.000Z'],
      ['finishing', '2026-12-27T14:00:00.000Z'],
    ])
    const english = await payload.findByID({
      collection: 'meetings',
      id: docs[0]!.id,
      locale: 'en',
    })
    expect(english.title).toBe('Prep meeting (December 2026)')
    const arabic = await payload.findByID({ collection: 'meetings', id: docs[0]!.id, locale: 'ar' })
    expect(arabic.title).toBe('اجتماع التحضير (كانون الأول ٢٠٢٦)')
  })

  it('allows one a month', async () => {
    await bigSunday('2026-12-06T14:00:00.000Z')
    const error = await ruleError(bigSunday('2026-12-20T14:00:00.000Z'))
    expect(error.data?.rule).toBe('meeting-big-sunday-month-taken')
  })

  it('keeps its segments in the fixed order with exactly two introductions', async () => {
    const ids = members.map((m) => m.id)
    const outOfOrder = await ruleError(
      bigSunday('2026-12-06T14:00:00.000Z', [
        { kind: 'next-campaign' },
        { kind: 'introductions', members: ids.slice(0, 2) },
        { kind: 'last-campaign' },
        { kind: 'guest' },
        { kind: 'closing' },
      ]),
    )
    expect(outOfOrder.data?.rule).toBe('meeting-segments-order')
    const three = await ruleError(bigSunday('2026-12-06T14:00:00.000Z', agenda(ids.slice(0, 3))))
    expect(three.data?.rule).toBe('meeting-introductions-count')
    const missingGuest = await ruleError(
      bigSunday('2026-12-06T14:00:00.000Z', [
        { kind: 'introductions', members: ids.slice(0, 2) },
        { kind: 'next-campaign' },
        { kind: 'last-campaign' },
        { kind: 'closing' },
      ]),
    )
    expect(missingGuest.data?.rule).toBe('meeting-segment-missing')
    const withBrainstorm = await bigSunday('2026-12-06T14:00:00.000Z', [
      ...agenda(ids.slice(2, 4))!.slice(0, 4),
      { kind: 'brainstorm' },
      { kind: 'closing' },
    ])
    expect(withBrainstorm.segments).toHaveLength(6)
  })
})

describe('marking a meeting held, which sends the digest to everyone', () => {
  // The Sunday of the meeting, 6 December 2026, 16:00 in Damascus; the clock is set around it.
  const startsAt = '2026-12-06T14:00:00.000Z'
  const markHeld = (id: number, locale: 'ar' | 'en', summary?: string) =>
    payload.update({
      collection: 'meetings',
      id,
      locale,
      data: { status: 'held', ...(summary ? { summary: richText(summary) } : {}) },
    })
  afterEach(() => clock.setClock(null))

  it('is refused before the meeting begins, with its date, and the meeting stays planned', async () => {
    clock.setClock('2026-12-06T13:59:00.000Z')
    const meeting = await bigSunday(startsAt)
    const error = await ruleError(markHeld(meeting.id, 'ar', 'ملخص'))
    expect(error.data?.rule).toBe('meeting-held-in-future')
    expect(error.message).toMatch(/الأحد، ٦ كانون الأول ٢٠٢٦|Sunday, 6 December 2026/)
    const stored = await payload.findByID({ collection: 'meetings', id: meeting.id })
    expect(stored.status).toBe('planned')
    expect(await payload.count({ collection: 'digests' })).toMatchObject({ totalDocs: 0 })
  })

  it('needs the summary the digest carries, in either language', async () => {
    clock.setClock('2026-12-06T16:00:00.000Z')
    const meeting = await bigSunday(startsAt)
    const error = await ruleError(markHeld(meeting.id, 'ar'))
    expect(error.data?.rule).toBe('meeting-held-summary-required')
    expect(await payload.count({ collection: 'digests' })).toMatchObject({ totalDocs: 0 })
    // The summary written in English only, then held from the Arabic screen: it goes.
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      locale: 'en',
      data: {
        title: 'Big Sunday Meeting',
        summary: richText('We chose the school heating project.'),
      },
    })
    const held = await markHeld(meeting.id, 'ar')
    expect(held.status).toBe('held')
    expect(await payload.count({ collection: 'digests' })).toMatchObject({ totalDocs: 1 })
  })
})
