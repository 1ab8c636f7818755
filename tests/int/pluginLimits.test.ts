import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { limitsOf } from '../../cms/lib/configuredLimits'
import { createMember, daysFromNow, ruleError } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  // Another town's fellowship: committees of 3, at most 1 month, proposals of at most 4 weeks.
  payload = await testPayload('other-town', {
    autoRunCron: false,
    limits: { flyingCommitteeMaxMembers: 3, committeeMaxMonths: 1, proposalMaxWeeks: 4 },
  })
  await resetDatabase(payload)
})

describe('the workflow plugin with another town’s numbers', () => {
  it('carries the configured limits for the portal to read', () => {
    expect(limitsOf(payload.config)).toMatchObject({
      flyingCommitteeMaxMembers: 3,
      brainstormGroupMaxMembers: 10,
      committeeMaxMonths: 1,
      proposalMaxWeeks: 4,
    })
  })

  it('enforces them in the hooks and in the database', async () => {
    const people = [] as number[]
    for (let i = 0; i < 4; i++) people.push((await createMember(payload)).id)
    const base = {
      name: 'Small',
      kind: 'flying' as const,
      status: 'forming' as const,
      startDate: daysFromNow(0),
    }
    const four = await ruleError(
      payload.create({
        collection: 'committees',
        data: { ...base, members: people, endDate: daysFromNow(20) },
      }),
    )
    expect(four.message).toContain('٣')
    const long = await ruleError(
      payload.create({
        collection: 'committees',
        data: { ...base, members: people.slice(0, 3), endDate: daysFromNow(45) },
      }),
    )
    expect(long.data?.rule).toBe('committee-duration')
    const three = await payload.create({
      collection: 'committees',
      data: { ...base, members: people.slice(0, 3), endDate: daysFromNow(20) },
    })
    expect(three.seatLimit).toBe(3)
  })

  it('refuses a five-week proposal for the vote', async () => {
    const error = await ruleError(
      payload.create({
        collection: 'proposals',
        data: {
          title: 'Five weeks',
          summary: 'Too long here',
          status: 'voting',
          estimatedBudget: { amount: 1000, currency: 'EUR' },
          estimatedDurationWeeks: 5,
          votingOpensAt: daysFromNow(0),
          votingClosesAt: daysFromNow(3),
        },
      }),
    )
    expect(error.data?.rule).toBe('proposal-duration')
    expect(error.message).toContain('٤')
  })
})
