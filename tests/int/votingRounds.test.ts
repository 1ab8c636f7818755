import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { sqlHandle } from '../../cms/lib/db'
import type { Member, Proposal } from '../../cms/payload-types'
import { closeRound } from '../../cms/plugins/deliberation/jobs/closeVotingRounds'
import { asUser, createMember, daysFromNow, ruleError } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'

let payload: Payload
let admin: Member
let voters: Member[]

/** A proposal put to the vote in the given window, written in Arabic and English. */
const putToVote = async (
  title: { ar: string; en?: string },
  window: { opensAt: string; closesAt: string },
  proposer: Member,
) => {
  const proposal = await payload.create({
    collection: 'proposals',
    locale: 'ar',
    data: {
      title: title.ar,
      summary: `ملخص ${title.ar}`,
      proposer: proposer.id,
      status: 'voting',
      estimatedBudget: { amount: 180000, currency: 'EUR' },
      estimatedDurationWeeks: 6,
      votingOpensAt: window.opensAt,
      votingClosesAt: window.closesAt,
    },
  })
  if (title.en) {
    await payload.update({
      collection: 'proposals',
      id: proposal.id,
      locale: 'en',
      data: { title: title.en },
    })
  }
  return proposal
}

const vote = (member: Member, proposal: Proposal, choice: 'yes' | 'no' | 'abstain') =>
  payload.create({
    collection: 'votes',
    data: { proposal: proposal.id, member: member.id, choice },
    user: asUser(member),
    overrideAccess: false,
  })

const roundOf = async (proposal: Proposal) =>
  payload.findByID({
    collection: 'voting-rounds',
    id: (await payload.findByID({ collection: 'proposals', id: proposal.id, depth: 0 }))
      .round as number,
    depth: 0,
  })

/** Time passes: the round's close (and its proposals') is a minute behind us. */
const closeTimeComes = async (roundId: number) => {
  const db = await sqlHandle(payload)
  await db.execute(
    sql`UPDATE voting_rounds SET closes_at = now() - interval '1 minute' WHERE id = ${roundId}`,
  )
  await db.execute(
    sql`UPDATE proposals SET voting_closes_at = now() - interval '1 minute' WHERE round_id = ${roundId}`,
  )
}

/** The close as production runs it: the scheduled task on its queue. */
const runCloseJob = async () => {
  await payload.jobs.queue({ task: 'closeVotingRounds', input: {}, queue: 'rounds' })
  await payload.jobs.run({ queue: 'rounds' })
}

const statusOf = async (proposal: Proposal) =>
  (await payload.findByID({ collection: 'proposals', id: proposal.id, depth: 0 })).status

const monthAfter = (moment: Date) => {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Damascus',
    year: 'numeric',
    month: '2-digit',
  })
    .format(moment)
    .split('-')
    .map(Number) as [number, number]
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
}

const window = () => ({ opensAt: daysFromNow(-1), closesAt: daysFromNow(5) })

beforeAll(async () => {
  payload = await testPayload()
})

beforeEach(async () => {
  await resetDatabase(payload)
  admin = await createMember(payload, { role: 'admin' })
  // Nine active members and the admin's own vote count: ten eligible, a quorum of four.
  voters = await Promise.all(Array.from({ length: 9 }, () => createMember(payload)))
})

describe('a voting round', () => {
  it('gathers the proposals of one window, and opens another for another window', async () => {
    const shared = window()
    const [first, second] = [
      await putToVote({ ar: 'إنارة الساحة' }, shared, voters[0]!),
      await putToVote({ ar: 'مقاعد الحديقة' }, shared, voters[1]!),
    ]
    const other = await putToVote(
      { ar: 'سور المدرسة' },
      { ...shared, closesAt: daysFromNow(9) },
      voters[2]!,
    )
    const [a, b, c] = [await roundOf(first), await roundOf(second), await roundOf(other)]
    expect(a.id).toBe(b.id)
    expect(c.id).not.toBe(a.id)
    expect(a).toMatchObject({ status: 'open', quorumPercent: null })
  })

  it('is never decided by hand: the management cannot mark a proposal selected', async () => {
    const proposal = await putToVote({ ar: 'إنارة الساحة' }, window(), voters[0]!)
    await closeTimeComes((await roundOf(proposal)).id)
    const error = await ruleError(
      payload.update({
        collection: 'proposals',
        id: proposal.id,
        data: { status: 'selected' },
        user: asUser(admin),
        overrideAccess: false,
      }),
    )
    expect(error.data?.rule).toBe('proposal-decided-by-round')
    expect(await statusOf(proposal)).toBe('voting')
  })

  it('closes with its quorum met: the winner is selected and next month’s campaign drafted from it', async () => {
    const shared = window()
    const winner = await putToVote(
      { ar: 'إنارة الساحة بالطاقة الشمسية', en: 'Solar lights for the square' },
      shared,
      voters[0]!,
    )
    const other = await putToVote({ ar: 'مقاعد الحديقة' }, shared, voters[1]!)
    for (const member of voters.slice(0, 3)) await vote(member, winner, 'yes')
    await vote(voters[3]!, other, 'yes')
    await vote(voters[4]!, other, 'no')
    const round = await roundOf(winner)
    await closeTimeComes(round.id)

    await runCloseJob()

    const closed = await payload.findByID({ collection: 'voting-rounds', id: round.id, depth: 0 })
    expect(closed).toMatchObject({ status: 'decided', eligible: 10, voters: 5, needed: 4 })
    expect(closed.winner).toBe(winner.id)
    expect(await statusOf(winner)).toBe('selected')
    expect(await statusOf(other)).toBe('not-selected')

    const draft = await payload.findByID({
      collection: 'campaigns',
      id: closed.campaign as number,
      locale: 'all',
      depth: 0,
    })
    expect(draft).toMatchObject({
      status: 'draft',
      title: { ar: 'إنارة الساحة بالطاقة الشمسية', en: 'Solar lights for the square' },
      goal: { amount: 180000, currency: 'EUR' },
      lead: voters[0]!.id,
      proposal: winner.id,
    })
    // The month after the close's, in the town's calendar.
    expect(draft.month).toBe(monthAfter(new Date()))
    expect(
      (await payload.findByID({ collection: 'proposals', id: winner.id, depth: 0 })).campaign,
    ).toBe(draft.id)

    // Every active member hears the result, once.
    const { docs: mail } = await payload.find({
      collection: 'mail-deliveries',
      where: { kind: { equals: 'round-result' } },
      pagination: false,
      depth: 0,
    })
    expect(mail).toHaveLength(10)

    // Closing again finds nothing to do.
    await runCloseJob()
    const { totalDocs } = await payload.count({ collection: 'campaigns' })
    expect(totalDocs).toBe(1)
  })

  it('drafts the campaign in the first free month, at an address no campaign has', async () => {
    const next = monthAfter(new Date())
    // Next month is planned already, and a campaign moved elsewhere kept next month's address.
    await payload.create({
      collection: 'campaigns',
      data: {
        title: 'مخطط',
        month: next,
        slug: 'planned',
        status: 'draft',
        goal: { amount: 1000, currency: 'EUR' },
      },
    })
    await payload.create({
      collection: 'campaigns',
      data: {
        title: 'نُقلت',
        month: '2033-01',
        slug: `${monthAfter(new Date(`${next}-15`))}`,
        status: 'draft',
        goal: { amount: 1000, currency: 'EUR' },
      },
    })
    const proposal = await putToVote({ ar: 'إنارة الساحة' }, window(), voters[0]!)
    for (const member of voters.slice(0, 4)) await vote(member, proposal, 'yes')
    const round = await roundOf(proposal)
    await closeTimeComes(round.id)
    await runCloseJob()
    const closed = await payload.findByID({ collection: 'voting-rounds', id: round.id, depth: 0 })
    const draft = await payload.findByID({ collection: 'campaigns', id: closed.campaign as number })
    const monthAfterNext = monthAfter(new Date(`${next}-15`))
    expect(draft).toMatchObject({ month: monthAfterNext, slug: `${monthAfterNext}-2` })
  })

  it('misses its quorum: is extended once by three days, then closes without a project', async () => {
    const proposal = await putToVote({ ar: 'إنارة الساحة' }, window(), voters[0]!)
    for (const member of voters.slice(0, 3)) await vote(member, proposal, 'yes')
    const round = await roundOf(proposal)
    await closeTimeComes(round.id)
    const firstClose = (await payload.findByID({ collection: 'voting-rounds', id: round.id }))
      .closesAt

    await runCloseJob()

    const extended = await payload.findByID({ collection: 'voting-rounds', id: round.id })
    expect(extended).toMatchObject({ status: 'extended', voters: 3, needed: 4 })
    expect(new Date(extended.extendedFrom!).getTime()).toBe(new Date(firstClose).getTime())
    expect(new Date(extended.closesAt).getTime() - new Date(firstClose).getTime()).toBe(
      3 * 24 * 60 * 60 * 1000,
    )
    const still = await payload.findByID({ collection: 'proposals', id: proposal.id })
    expect(still.status).toBe('voting')
    expect(new Date(still.votingClosesAt!).getTime()).toBe(new Date(extended.closesAt).getTime())
    // The members may vote again in the extension.
    await vote(voters[3]!, proposal, 'no')
    await vote(voters[4]!, proposal, 'no')
    await vote(voters[5]!, proposal, 'no')

    await closeTimeComes(round.id)
    // Six of ten voted in the end: the quorum is met, and "no" won.
    await runCloseJob()
    const after = await payload.findByID({ collection: 'voting-rounds', id: round.id })
    expect(after.status).toBe('no-majority')
    expect(await statusOf(proposal)).toBe('not-selected')
  })

  it('closes as "no quorum" when the extension does not bring enough voters', async () => {
    const proposal = await putToVote({ ar: 'إنارة الساحة' }, window(), voters[0]!)
    await vote(voters[0]!, proposal, 'yes')
    const round = await roundOf(proposal)
    await closeTimeComes(round.id)
    await runCloseJob()
    await closeTimeComes(round.id)
    await runCloseJob()
    const after = await payload.findByID({ collection: 'voting-rounds', id: round.id })
    expect(after).toMatchObject({ status: 'no-quorum', voters: 1, needed: 4 })
    expect(await statusOf(proposal)).toBe('not-selected')
    const { totalDocs } = await payload.count({ collection: 'campaigns' })
    expect(totalDocs).toBe(0)
  })

  it('leaves a tie to the management, who must choose among the tied and say why', async () => {
    const shared = window()
    const [lights, benches, wall] = [
      await putToVote({ ar: 'إنارة الساحة' }, shared, voters[0]!),
      await putToVote({ ar: 'مقاعد الحديقة' }, shared, voters[1]!),
      await putToVote({ ar: 'سور المدرسة' }, shared, voters[2]!),
    ]
    await vote(voters[0]!, lights, 'yes')
    await vote(voters[1]!, lights, 'yes')
    await vote(voters[2]!, benches, 'yes')
    await vote(voters[3]!, benches, 'yes')
    await vote(voters[4]!, wall, 'yes')
    const round = await roundOf(lights)
    await closeTimeComes(round.id)
    await runCloseJob()

    const tied = await payload.findByID({ collection: 'voting-rounds', id: round.id, depth: 0 })
    expect(tied.status).toBe('tied')
    expect([...(tied.tiedProposals as number[])].sort()).toEqual([lights.id, benches.id].sort())
    expect(await statusOf(lights)).toBe('voting')

    const asAdmin = (data: Record<string, unknown>) =>
      payload.update({
        collection: 'voting-rounds',
        id: round.id,
        data,
        user: asUser(admin),
        overrideAccess: false,
      })
    expect(
      (await ruleError(asAdmin({ winner: wall.id, decisionReason: 'السور أخطر على الأطفال' }))).data
        ?.rule,
    ).toBe('round-tie-winner')
    const short = await ruleError(asAdmin({ winner: benches.id, decisionReason: 'أفضل' }))
    expect(short.data?.rule).toBe('round-tie-reason')
    expect(short.message).toContain('اكتب سبب اختيار الإدارة')

    await asAdmin({
      winner: benches.id,
      decisionReason: 'الحديقة تخدم الحيّين معاً، والبلدية تتكفل بالتركيب.',
    })
    const decided = await payload.findByID({ collection: 'voting-rounds', id: round.id, depth: 0 })
    expect(decided).toMatchObject({ status: 'decided', winner: benches.id, decidedBy: admin.id })
    expect(decided.campaign).toEqual(expect.any(Number))
    expect([await statusOf(lights), await statusOf(benches), await statusOf(wall)]).toEqual([
      'not-selected',
      'selected',
      'not-selected',
    ])
    // Decided is decided: the winner does not change afterwards.
    expect((await ruleError(asAdmin({ winner: lights.id }))).data?.rule).toBe('round-tie-winner')
  })

  it('keeps its window and quorum once members vote, and holds one winner in the database', async () => {
    const proposal = await putToVote({ ar: 'إنارة الساحة' }, window(), voters[0]!)
    const round = await roundOf(proposal)
    const error = await ruleError(
      payload.update({
        collection: 'voting-rounds',
        id: round.id,
        data: { quorumPercent: 10 },
        user: asUser(admin),
        overrideAccess: false,
      }),
    )
    expect(error.data?.rule).toBe('round-started')
    const second = await putToVote({ ar: 'مقاعد الحديقة' }, window(), voters[1]!)
    const db = await sqlHandle(payload)
    await db.execute(sql`UPDATE proposals SET status = 'selected' WHERE id = ${proposal.id}`)
    await expect(
      db.execute(
        sql`UPDATE proposals SET status = 'selected', round_id = ${round.id} WHERE id = ${second.id}`,
      ),
    ).rejects.toMatchObject({ cause: { constraint: 'proposals_one_selected_per_round' } })
  })

  it('is closed once when two CMS processes close it at the same moment', async () => {
    const proposal = await putToVote({ ar: 'إنارة الساحة' }, window(), voters[0]!)
    for (const member of voters.slice(0, 4)) await vote(member, proposal, 'yes')
    const round = await roundOf(proposal)
    await closeTimeComes(round.id)
    const now = new Date()
    const results = await Promise.all([
      closeRound(payload, round.id, now),
      closeRound(payload, round.id, now),
    ])
    expect(results.filter(Boolean)).toHaveLength(1)
    expect((await payload.count({ collection: 'campaigns' })).totalDocs).toBe(1)
    expect(await statusOf(proposal)).toBe('selected')
  })
})
