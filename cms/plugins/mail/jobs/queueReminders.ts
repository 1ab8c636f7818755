import type { PayloadRequest, TaskConfig } from 'payload'

import { idOf } from '../../../access/roles'
import { queueDeliveries, type NewDelivery } from '../deliveries'
import * as clock from '@fazaa/shared/clock'
import { oneAtATime } from '../../../jobs/oneAtATime'
import { SCHEDULES } from '../../../jobs/schedules'

const DAY_MS = 86_400_000

/**
 * Every hour: members who have not voted on a proposal whose vote closes within a day, and the
 * members of a committee ending within a week, get one reminder each (the delivery key makes a
 * second run add nothing). Whether they still want reminders is checked when each is sent.
 */
export const queueReminders: TaskConfig<'queueReminders'> = {
  slug: 'queueReminders',
  label: 'Queue vote and committee reminders',
  schedule: [{ cron: SCHEDULES.queueReminders, queue: 'workflow' }],
  outputSchema: [{ name: 'queued', type: 'number', required: true }],
  handler: ({ req }) => oneAtATime(req.payload, 'queueReminders', () => queueDueReminders(req)),
}

const queueDueReminders = async (req: PayloadRequest) => {
  const { payload } = req
  const now = clock.now().getTime()
  const iso = (ms: number) => new Date(ms).toISOString()
  const [proposals, committees, members] = await Promise.all([
    payload.find({
      collection: 'proposals',
      where: {
        status: { equals: 'voting' },
        votingClosesAt: { greater_than: iso(now), less_than_equal: iso(now + DAY_MS) },
      },
      select: { status: true },
      pagination: false,
      depth: 0,
    }),
    payload.find({
      collection: 'committees',
      where: {
        status: { equals: 'active' },
        endDate: { greater_than: iso(now), less_than_equal: iso(now + 7 * DAY_MS) },
      },
      select: { members: true },
      pagination: false,
      depth: 0,
    }),
    payload.find({
      collection: 'members',
      where: { status: { equals: 'active' }, remindersOptIn: { not_equals: false } },
      select: { status: true },
      pagination: false,
      depth: 0,
    }),
  ])
  const deliveries: NewDelivery[] = []
  // Who voted on which closing proposal, in one query for all of them.
  const { docs: votes } = await payload.find({
    collection: 'votes',
    where: { proposal: { in: proposals.docs.map((proposal) => proposal.id) } },
    select: { proposal: true, member: true },
    pagination: false,
    depth: 0,
  })
  const voted = new Set(votes.map((vote) => `${idOf(vote.proposal)}:${idOf(vote.member)}`))
  for (const proposal of proposals.docs) {
    for (const member of members.docs.filter((m) => !voted.has(`${proposal.id}:${m.id}`))) {
      deliveries.push({
        key: `vote-reminder:${proposal.id}:${member.id}`,
        kind: 'vote-reminder',
        member: member.id,
        subjectId: proposal.id,
      })
    }
  }
  for (const committee of committees.docs) {
    for (const member of (committee.members ?? []).map(idOf)) {
      if (typeof member !== 'number') continue
      deliveries.push({
        key: `committee-ending:${committee.id}:${member}`,
        kind: 'committee-ending',
        member,
        subjectId: committee.id,
      })
    }
  }
  const queued = await queueDeliveries(payload, deliveries)
  return { output: { queued } }
}
