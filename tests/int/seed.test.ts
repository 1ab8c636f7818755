import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sqlHandle } from '../../cms/lib/db'
import { seedDemoData } from '../../cms/seed/seedDemoData'
import { testPayload } from '../helpers/payload'

let payload: Payload

const counts = async () => {
  const result: Record<string, number> = {}
  for (const slug of [
    'members',
    'campaigns',
    'donations',
    'expenses',
    'proposals',
    'votes',
    'committees',
    'meetings',
    'guests',
    'partners',
  ] as const) {
    result[slug] = (await payload.count({ collection: slug })).totalDocs
  }
  return result
}

beforeAll(async () => {
  payload = await testPayload()
})

describe('the demo data', () => {
  it('loads a believable fellowship that obeys every rule, the same on every run', async () => {
    const now = new Date('2026-11-21T10:00:00Z')
    const logins = await seedDemoData(payload, now)
    const first = await counts()
    await seedDemoData(payload, now)
    expect(await counts()).toEqual(first)

    expect(first.members).toBe(40)
    expect(first.campaigns).toBe(13)
    expect(logins.map((l) => l.email)).toContain('salma-al-hakim@fazaa.example')

    const fundraising = await payload.find({
      collection: 'campaigns',
      where: { status: { equals: 'fundraising' } },
    })
    expect(fundraising.docs.map((c) => c.month)).toEqual(['2026-11'])
    const july = await payload.find({
      collection: 'campaigns',
      where: { month: { equals: '2026-07' } },
      locale: 'en',
    })
    expect(july.docs[0]!.title).toBe('Equipment for the fire room in al-Mashhad al-Aali')
    expect(july.docs[0]!.goal.amount).toBe(230000)
    expect(july.docs[0]!.partners).toHaveLength(4)

    const db = await sqlHandle(payload)
    const { rows } = await db.execute(sql`
      SELECT c.id, c.raised::bigint AS raised,
        (SELECT coalesce(sum(amount), 0)::bigint FROM donations d WHERE d.campaign_id = c.id AND d.status = 'succeeded') AS summed
      FROM campaigns c
    `)
    for (const row of rows as { raised: string; summed: string }[])
      expect(row.raised).toBe(row.summed)

    const voting = await payload.count({
      collection: 'proposals',
      where: { status: { equals: 'voting' } },
    })
    expect(voting.totalDocs).toBe(3)
    const veterans = await payload.count({
      collection: 'members',
      where: { veteran: { equals: true } },
    })
    expect(veterans.totalDocs).toBeGreaterThan(5)
    const next = await payload.find({
      collection: 'meetings',
      where: { kind: { equals: 'big-sunday' }, startsAt: { greater_than: now.toISOString() } },
    })
    expect(next.docs).toHaveLength(1)
    expect(next.docs[0]!.month).toBe('2026-12')
    expect(next.docs[0]!.segments?.[0]?.members).toHaveLength(2)
    const companions = await payload.count({
      collection: 'meetings',
      where: { bigSunday: { equals: next.docs[0]!.id } },
    })
    expect(companions.totalDocs).toBe(2)
    const openMeetings = await payload.find({
      collection: 'meetings',
      where: { kind: { equals: 'open' } },
      locale: 'en',
      fallbackLocale: false,
      pagination: false,
    })
    expect(openMeetings.docs.length).toBeGreaterThan(10)
    for (const meeting of openMeetings.docs) expect(meeting.title).not.toMatch(/[\u0600-\u06FF]/)
    const forming = await payload.count({
      collection: 'committees',
      where: { status: { equals: 'forming' } },
    })
    expect(forming.totalDocs).toBe(1)
  })
})
