import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sqlHandle } from '../../cms/lib/db'
import { createMember, daysFromNow, ruleError } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
})

describe('no permanent committees (rule 7)', () => {
  it('the scheduled job completes a committee past its end, makes veterans and plans its open meeting', async () => {
    const [lead, newcomer, stranger] = [
      await createMember(payload),
      await createMember(payload),
      await createMember(payload),
    ]
    const committee = await payload.create({
      collection: 'committees',
      data: {
        name: 'لجنة المكتبة',
        kind: 'flying',
        status: 'active',
        lead: lead.id,
        members: [lead.id, newcomer.id],
        startDate: daysFromNow(-40),
        endDate: daysFromNow(10),
      },
    })
    const running = await payload.create({
      collection: 'committees',
      data: {
        name: 'Still running',
        kind: 'flying',
        status: 'forming',
        members: [stranger.id],
        startDate: daysFromNow(-1),
        endDate: daysFromNow(20),
      },
    })
    // Time passes: the end date is now behind us.
    const db = await sqlHandle(payload)
    await db.execute(
      sql`UPDATE committees SET end_date = ${daysFromNow(-1)} WHERE id = ${committee.id}`,
    )

    await payload.jobs.queue({ task: 'completeExpiredCommittees', input: {}, queue: 'workflow' })
    await payload.jobs.run({ queue: 'workflow' })

    const done = await payload.findByID({ collection: 'committees', id: committee.id })
    expect(done.status).toBe('completed')
    expect((await payload.findByID({ collection: 'committees', id: running.id })).status).toBe(
      'forming',
    )

    const veterans = await payload.find({
      collection: 'members',
      where: { veteran: { equals: true } },
    })
    expect(veterans.docs.map((m) => m.id).sort()).toEqual([lead.id, newcomer.id].sort())

    const open = await payload.find({
      collection: 'meetings',
      where: { committee: { equals: committee.id } },
    })
    expect(open.docs).toHaveLength(1)
    expect(open.docs[0]!.kind).toBe('open')
    expect(new Date(open.docs[0]!.startsAt).getTime()).toBeGreaterThan(Date.now())

    // A dissolved committee stays dissolved.
    const error = await ruleError(
      payload.update({
        collection: 'committees',
        id: committee.id,
        data: { members: [stranger.id] },
      }),
    )
    expect(error.data?.rule).toBe('committee-completed')
  })
})

describe('the report-back meeting', () => {
  it('is titled in both languages, whichever language completed the committee', async () => {
    const member = await createMember(payload)
    const committee = await payload.create({
      collection: 'committees',
      locale: 'ar',
      data: {
        name: 'لجنة الحديقة',
        kind: 'flying',
        status: 'active',
        members: [member.id],
        startDate: daysFromNow(-10),
        endDate: daysFromNow(10),
      },
    })
    await payload.update({
      collection: 'committees',
      id: committee.id,
      locale: 'en',
      data: { name: 'Garden committee' },
    })
    await payload.update({
      collection: 'committees',
      id: committee.id,
      locale: 'en',
      data: { status: 'completed' },
    })
    const [meeting] = (
      await payload.find({
        collection: 'meetings',
        where: { committee: { equals: committee.id } },
        locale: 'ar',
      })
    ).docs
    expect(meeting!.title).toBe('لقاء مفتوح: تقرير لجنة الحديقة')
    const english = await payload.findByID({
      collection: 'meetings',
      id: meeting!.id,
      locale: 'en',
    })
    expect(english.title).toBe('Open meeting: Garden committee reports back')
  })
})
