import { sql } from '@payloadcms/db-postgres'
import { TZDate } from '@date-fns/tz'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import * as clock from '@fazaa/shared/clock'
import { checkStartsOnSunday, monthBefore, monthInZone } from '@fazaa/shared/rules/meetingCalendar'
import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { isVotingOpen } from '@fazaa/shared/rules/voteEligibility'
import { sqlHandle } from '../../cms/lib/db'
import { seedDemoData } from '../../cms/seed/seedDemoData'
import { FIRE_ROOM } from '../../cms/seed/demoCampaigns'
import { asUser, ruleError } from './fixtures'
import { testPayload } from './payload'

let payload: Payload

const MINUTE = 60_000
const nextYear = new Date().getUTCFullYear() + 1
const nextLeapYear = (() => {
  let year = nextYear
  while (new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1) year += 1
  return year
})()

/** The instant, in `year`, at which `zone` moves its clocks in `month` (0-11), to the minute. */
const clockChange = (zone: string, year: number, month: number): Date => {
  const offset = (at: Date) => new TZDate(at, zone).getTimezoneOffset()
  let at = new Date(Date.UTC(year, month, 1))
  const end = new Date(Date.UTC(year, month + 1, 1))
  const first = offset(at)
  while (at < end && offset(at) === first) at = new Date(at.getTime() + 15 * MINUTE)
  if (at >= end) throw new Error(`${zone} does not change its clocks in ${year}-${month + 1}`)
  return at
}

/** A moment in the town's own time (Asia/Damascus), as an instant. */
const inTown = (year: number, month: number, day: number, hour: number, minute: number) =>
  new Date(new TZDate(year, month, day, hour, minute, DEFAULT_TIME_ZONE).getTime())

/**
 * An instant at an edge of the calendar, and the time zone of the machine the demo runs on then
 * (a member may run `npm start` on a laptop anywhere). Dates are next year's (and the next leap
 * year's), so the tests never age; Damascus's own clock changes are its last ones (back in
 * October 2021, forward in March 2022: it has kept UTC+3 since).
 */
export interface Moment {
  name: string
  at: Date
  machineZone: string
}

/** The first day of a month and of a year, and a leap day that is the last of its month. */
export const MOMENTS_AT_YEAR_ENDS: Moment[] = [
  {
    // The first day of a month and of a year; in UTC and on the machine it is still 31 December.
    name: '1 January, a minute after midnight in the town',
    at: inTown(nextYear + 1, 0, 1, 0, 1),
    machineZone: 'America/Los_Angeles',
  },
  {
    // The last day of a month; on the machine it is already 1 March.
    name: '29 February, late evening in the town (the last day of that month)',
    at: inTown(nextLeapYear, 1, 29, 23, 30),
    machineZone: 'Asia/Tokyo',
  },
]

/** The nights Berlin and Damascus move their clocks. */
export const MOMENTS_AT_CLOCK_CHANGES: Moment[] = [
  {
    name: 'the night Europe/Berlin springs forward (a Sunday)',
    at: new Date(clockChange('Europe/Berlin', nextYear, 2).getTime() + 10 * MINUTE),
    machineZone: 'Europe/Berlin',
  },
  {
    name: 'the night Europe/Berlin falls back (a Sunday)',
    at: new Date(clockChange('Europe/Berlin', nextYear, 9).getTime() - 10 * MINUTE),
    machineZone: 'Europe/Berlin',
  },
  {
    name: 'the night Asia/Damascus sprang forward (2022)',
    at: new Date(clockChange('Asia/Damascus', 2022, 2).getTime() + 10 * MINUTE),
    machineZone: 'Asia/Damascus',
  },
  {
    name: 'the night Asia/Damascus fell back (2021)',
    at: new Date(clockChange('Asia/Damascus', 2021, 9).getTime() - 10 * MINUTE),
    machineZone: 'Asia/Damascus',
  },
]

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      (
        ['members', 'campaigns', 'donations', 'expenses', 'proposals', 'votes', 'meetings'] as const
      ).map(async (slug) => [slug, (await payload.count({ collection: slug })).totalDocs]),
    ),
  )
/** What the first date seeded, for every other date to match. */
let first: { expenses: number; meetings: number } | undefined

/** What the demo holds on any date: the fire-room campaign, veterans, a group forming. */
const expectTheDemosConstants = async () => {
  const fireRoom = await payload.find({
    collection: 'campaigns',
    where: { title: { equals: FIRE_ROOM.title.en } },
    locale: 'en',
  })
  expect(fireRoom.docs[0]!.goal.amount).toBe(230000)
  expect(fireRoom.docs[0]!.partners).toHaveLength(4)
  expect(fireRoom.docs[0]!.month.endsWith('-07')).toBe(true)
  const veterans = await payload.count({
    collection: 'members',
    where: { veteran: { equals: true } },
  })
  expect(veterans.totalDocs).toBeGreaterThan(5)
  // Committees' report-back meetings are titled in each language.
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
}

const runTask = async (task: 'completeExpiredCommittees' | 'queueReminders') => {
  await payload.jobs.queue({ task, input: {}, queue: 'workflow' })
  await payload.jobs.run({ queue: 'workflow' })
}

/**
 * The demo seeded and used at each of `moments` (tests/int/seedAt*.test.ts): a campaign raising
 * money that month, last month's closed, a vote open (cast inside it, refused a minute after its
 * close), the next Big Sunday on a Sunday with its companions, reminders twelve hours before the
 * close, the committee at work dissolved a minute after its end and not before.
 */
export const describeTheDemoAt = (moments: Moment[]) => {
  const zoneOfThisMachine = process.env.TZ
  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(() => {
    clock.setClock(null)
    process.env.TZ = zoneOfThisMachine
  })
  // A seed and a month's use take about half a minute; more where the machine is busy.
  describe('the demo at any date', { timeout: 180_000 }, () => {
    it.each(moments)('is alive and obeys every rule on $name', async ({ at, machineZone }) => {
      process.env.TZ = machineZone
      clock.setClock(at)
      const logins = await seedDemoData(payload)
      expect(logins.map((login) => login.email)).toContain('salma-al-hakim@fazaa.example')
      // The same fellowship on every run, whatever the date (a reseed replaces, never adds); only
      // the gifts vary, with the month the fire-room campaign falls in.
      const { donations, ...rest } = await counts()
      expect(rest).toEqual({
        members: 40,
        campaigns: 13,
        expenses: rest.expenses,
        proposals: 5,
        votes: 24,
        meetings: rest.meetings,
      })
      first ??= { expenses: rest.expenses!, meetings: rest.meetings! }
      expect({ expenses: rest.expenses, meetings: rest.meetings }).toEqual(first)
      expect(donations).toBeGreaterThan(150)
      await expectTheDemosConstants()
      const now = clock.now()
      const month = monthInZone(now, DEFAULT_TIME_ZONE)

      // A campaign raising money this month (as the town counts months), and last month's closed.
      const fundraising = await payload.find({
        collection: 'campaigns',
        where: { status: { equals: 'fundraising' } },
      })
      expect(fundraising.docs.map((campaign) => campaign.month)).toEqual([month])
      const last = await payload.find({
        collection: 'campaigns',
        where: { month: { equals: monthBefore(month) } },
      })
      expect(last.docs).toHaveLength(1)
      expect(last.docs[0]!.status).not.toBe('fundraising')
      const db = await sqlHandle(payload)
      const { rows } = await db.execute(sql`
      SELECT c.raised::bigint AS raised,
        (SELECT coalesce(sum(amount), 0)::bigint FROM donations d
          WHERE d.campaign_id = c.id AND d.status = 'succeeded') AS summed
      FROM campaigns c
    `)
      for (const row of rows as { raised: string; summed: string }[]) {
        expect(row.raised).toBe(row.summed)
      }

      // A vote open now; an active member who has not voted can vote.
      const voting = await payload.find({
        collection: 'proposals',
        where: { status: { equals: 'voting' } },
        pagination: false,
      })
      expect(voting.docs).toHaveLength(3)
      for (const proposal of voting.docs) expect(isVotingOpen(proposal, now)).toBe(true)
      const proposal = voting.docs[0]!
      const { docs: votes } = await payload.find({
        collection: 'votes',
        pagination: false,
        depth: 0,
      })
      const voted = new Set(votes.map((vote) => vote.member))
      const { docs: active } = await payload.find({
        collection: 'members',
        where: { status: { equals: 'active' } },
        pagination: false,
        depth: 0,
      })
      const voter = active.find((member) => !voted.has(member.id))!
      const vote = await payload.create({
        collection: 'votes',
        data: { proposal: proposal.id, member: voter.id, choice: 'yes' },
        user: asUser(voter),
        overrideAccess: false,
      })
      // Cast at the fellowship's time, not the machine's.
      expect(Math.abs(new Date(vote.castAt!).getTime() - clock.now().getTime())).toBeLessThan(
        MINUTE,
      )

      // The coming Big Sunday Meeting: a Sunday in its zone, in the month it falls in, with two
      // introductions and its prep and finishing meetings, on Sundays too.
      const coming = await payload.find({
        collection: 'meetings',
        where: { kind: { equals: 'big-sunday' }, startsAt: { greater_than: now.toISOString() } },
      })
      expect(coming.docs).toHaveLength(1)
      const next = coming.docs[0]!
      const zone = next.startsAt_tz ?? DEFAULT_TIME_ZONE
      expect(checkStartsOnSunday(next.startsAt, zone).ok).toBe(true)
      expect(next.month).toBe(monthInZone(next.startsAt, zone))
      expect(next.segments?.[0]?.members).toHaveLength(2)
      const companions = await payload.find({
        collection: 'meetings',
        where: { bigSunday: { equals: next.id } },
      })
      expect(companions.docs).toHaveLength(2)
      for (const companion of companions.docs) {
        expect(checkStartsOnSunday(companion.startsAt, zone).ok).toBe(true)
        expect(monthInZone(companion.startsAt, zone)).toBe(next.month)
      }
      const held = await payload.count({
        collection: 'meetings',
        where: {
          kind: { equals: 'big-sunday' },
          status: { equals: 'held' },
          startsAt: { less_than: now.toISOString() },
        },
      })
      expect(held.totalDocs).toBe(1)

      // The committee at work is not dissolved before its end.
      const committee = (
        await payload.find({
          collection: 'committees',
          where: { status: { equals: 'active' } },
          depth: 0,
        })
      ).docs[0]!
      expect(new Date(committee.endDate).getTime()).toBeGreaterThan(now.getTime())
      await runTask('completeExpiredCommittees')
      expect((await payload.findByID({ collection: 'committees', id: committee.id })).status).toBe(
        'active',
      )

      // Twelve hours before the vote closes: a reminder for every active member who has not voted.
      const closes = new Date(proposal.votingClosesAt!).getTime()
      clock.setClock(new Date(closes - 12 * 60 * MINUTE))
      await runTask('queueReminders')
      const votedOnProposal = new Set(
        (
          await payload.find({
            collection: 'votes',
            where: { proposal: { equals: proposal.id } },
            pagination: false,
            depth: 0,
          })
        ).docs.map((v) => v.member),
      )
      const { rows: reminders } = await db.execute(
        sql`SELECT member_id FROM mail_deliveries WHERE kind = 'vote-reminder' AND subject_id = ${proposal.id}`,
      )
      expect(new Set((reminders as { member_id: number }[]).map((r) => r.member_id))).toEqual(
        new Set(
          active
            .filter((member) => member.remindersOptIn !== false && !votedOnProposal.has(member.id))
            .map((member) => member.id),
        ),
      )

      // A minute after the close, the vote can no longer be changed.
      clock.setClock(new Date(closes + MINUTE))
      const late = await ruleError(
        payload.update({
          collection: 'votes',
          id: vote.id,
          data: { choice: 'no' },
          user: asUser(voter),
          overrideAccess: false,
        }),
      )
      expect(late.data?.rule).toBe('vote-closed')

      // A minute after the committee's end, the schedule's job dissolves it: its members become
      // veterans and an open meeting is planned, on a Sunday after the end, to report back.
      clock.setClock(new Date(new Date(committee.endDate).getTime() + MINUTE))
      await runTask('completeExpiredCommittees')
      const dissolved = await payload.findByID({ collection: 'committees', id: committee.id })
      expect(dissolved.status).toBe('completed')
      const members = await payload.find({
        collection: 'members',
        where: { id: { in: (committee.members ?? []) as number[] } },
        pagination: false,
      })
      for (const member of members.docs) expect(member.veteran).toBe(true)
      const report = await payload.find({
        collection: 'meetings',
        where: { kind: { equals: 'open' }, committee: { equals: committee.id } },
      })
      expect(report.docs).toHaveLength(1)
      expect(new Date(report.docs[0]!.startsAt) > new Date(committee.endDate)).toBe(true)
      expect(checkStartsOnSunday(report.docs[0]!.startsAt, DEFAULT_TIME_ZONE).ok).toBe(true)
    })
  })
}
