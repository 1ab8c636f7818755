import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Member } from '../../cms/payload-types'
import { PROPOSAL_LIMITS } from '@fazaa/shared/rules/limits'
import { asUser, createMember, daysFromNow, ruleError } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'

let payload: Payload
let admin: Member
let proposer: Member
let other: Member

const asMember = (member: Member) => ({ user: asUser(member), overrideAccess: false as const })

const draft = () =>
  payload.create({
    collection: 'proposals',
    data: {
      title: 'Library shelves',
      summary: 'Shelves for the school library',
      status: 'draft',
      estimatedBudget: { amount: 50000, currency: 'EUR' },
    },
    ...asMember(proposer),
  })

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  admin = await createMember(payload, { role: 'admin' })
  proposer = await createMember(payload)
  other = await createMember(payload)
})

describe('the proposal lifecycle (rule 5)', () => {
  it('makes the signed-in member the proposer and stamps the submission', async () => {
    const created = await payload.create({
      collection: 'proposals',
      data: {
        title: 'Shelves',
        summary: 'Shelves',
        status: 'submitted',
        proposer: other.id,
        estimatedBudget: { currency: 'EUR' },
      },
      ...asMember(proposer),
    })
    expect(created.proposer).toMatchObject({ id: proposer.id })
    expect(created.submittedAt).toBeTruthy()
  })

  it('lets only the management open the vote', async () => {
    const proposal = await draft()
    await payload.update({
      collection: 'proposals',
      id: proposal.id,
      data: { status: 'submitted' },
      ...asMember(proposer),
    })
    const byMember = await ruleError(
      payload.update({
        collection: 'proposals',
        id: proposal.id,
        data: { status: 'in-discussion' },
        ...asMember(proposer),
      }),
    )
    expect(byMember.data?.rule).toBe('proposal-admin-only')
    const discussed = await payload.update({
      collection: 'proposals',
      id: proposal.id,
      data: { status: 'in-discussion' },
      ...asMember(admin),
    })
    expect(discussed.status).toBe('in-discussion')
  })

  it('opens a vote only with a budget, at most 8 weeks and a voting window', async () => {
    const proposal = await payload.create({
      collection: 'proposals',
      data: {
        title: 'Clinic',
        summary: 'Clinic',
        status: 'in-discussion',
        estimatedBudget: { currency: 'EUR' },
      },
    })
    const toVoting = (data: Record<string, unknown>) =>
      payload.update({
        collection: 'proposals',
        id: proposal.id,
        data: { status: 'voting', ...data },
        ...asMember(admin),
      })
    expect((await ruleError(toVoting({}))).data?.rule).toBe('proposal-budget-required')
    const budget = { estimatedBudget: { amount: 150000, currency: 'EUR' } }
    const tooLong = await ruleError(toVoting({ ...budget, estimatedDurationWeeks: 9 }))
    expect(tooLong.data?.rule).toBe('proposal-duration')
    expect(tooLong.message).toContain('٨')
    const noWindow = await ruleError(toVoting({ ...budget, estimatedDurationWeeks: 8 }))
    expect(noWindow.data?.rule).toBe('proposal-window-required')
    const voting = await toVoting({
      ...budget,
      estimatedDurationWeeks: 8,
      votingOpensAt: daysFromNow(0),
      votingClosesAt: daysFromNow(7),
    })
    expect(voting.status).toBe('voting')
  })

  it('lets the proposer withdraw before the vote, and nobody else', async () => {
    const proposal = await draft()
    const byOther = await ruleError(
      payload.update({
        collection: 'proposals',
        id: proposal.id,
        data: { status: 'withdrawn' },
        ...asMember(other),
      }),
    )
    expect(byOther.name).toBe('Forbidden')
    const withdrawn = await payload.update({
      collection: 'proposals',
      id: proposal.id,
      data: { status: 'withdrawn' },
      ...asMember(proposer),
    })
    expect(withdrawn.status).toBe('withdrawn')
  })

  it('refuses moves outside the lifecycle, and edits by the proposer once voting', async () => {
    const proposal = await payload.create({
      collection: 'proposals',
      data: {
        title: 'Park',
        summary: 'Park benches',
        status: 'voting',
        proposer: proposer.id,
        estimatedBudget: { amount: 90000, currency: 'EUR' },
        estimatedDurationWeeks: 3,
        votingOpensAt: daysFromNow(-1),
        votingClosesAt: daysFromNow(2),
      },
    })
    const locked = await ruleError(
      payload.update({
        collection: 'proposals',
        id: proposal.id,
        data: { title: 'Changed during the vote' },
        ...asMember(proposer),
      }),
    )
    expect(locked.data?.rule).toBe('proposal-locked')
    const backwards = await ruleError(
      payload.update({
        collection: 'proposals',
        id: proposal.id,
        data: { status: 'draft' },
        ...asMember(admin),
      }),
    )
    expect(backwards.data?.rule).toBe('proposal-transition')
  })

  it('keeps drafts private to their proposer', async () => {
    const proposal = await draft()
    const { docs } = await payload.find({ collection: 'proposals', ...asMember(other) })
    expect(docs.map((p) => p.id)).not.toContain(proposal.id)
    const mine = await payload.find({ collection: 'proposals', ...asMember(proposer) })
    expect(mine.docs.map((p) => p.id)).toContain(proposal.id)
  })
})

describe('the proposal texts', () => {
  it('refuses a title or summary longer than the portal allows, for any client, naming the rule', async () => {
    const write = (title: string, summary: string) =>
      payload.create({
        collection: 'proposals',
        data: { title, summary, status: 'draft', estimatedBudget: { currency: 'EUR' } },
        ...asMember(proposer),
      })
    const title = await ruleError(write('t'.repeat(PROPOSAL_LIMITS.title + 1), 'A summary'))
    expect(title.data).toMatchObject({
      rule: 'proposal-text-too-long',
      params: { field: 'title', max: PROPOSAL_LIMITS.title },
      messages: { en: expect.stringContaining(`at most ${PROPOSAL_LIMITS.title} characters`) },
    })
    const summary = await ruleError(write('A title', 's'.repeat(PROPOSAL_LIMITS.summary + 1)))
    expect(summary.data).toMatchObject({
      rule: 'proposal-text-too-long',
      params: { field: 'summary', max: PROPOSAL_LIMITS.summary },
    })
    const longest = await write(
      't'.repeat(PROPOSAL_LIMITS.title),
      's'.repeat(PROPOSAL_LIMITS.summary),
    )
    expect(longest.title).toHaveLength(PROPOSAL_LIMITS.title)
  })
})

describe('a proposal in two languages', () => {
  it('is written in one language, read in both, and moved on by an admin working in Arabic', async () => {
    // Sent from the English portal: there is no Arabic title, summary or details.
    const proposal = await payload.create({
      collection: 'proposals',
      locale: 'en',
      data: {
        title: 'A reading corner',
        summary: 'Cushions and shelves for the youth centre',
        status: 'submitted',
        estimatedBudget: { amount: 40000, currency: 'EUR' },
      },
      ...asMember(proposer),
    })
    // An Arabic reader sees what was written until someone translates it.
    const inArabic = await payload.findByID({
      collection: 'proposals',
      id: proposal.id,
      locale: 'ar',
    })
    expect(inArabic.title).toBe('A reading corner')
    // The admin works in Arabic (the default) and saves only the status; the save is not refused
    // for a missing Arabic title, and the English text is not lost.
    const discussed = await payload.update({
      collection: 'proposals',
      id: proposal.id,
      data: { status: 'in-discussion' },
      ...asMember(admin),
    })
    expect(discussed.status).toBe('in-discussion')
    // The admin's form sends the empty Arabic title as it is: still no Arabic text is stored, so
    // the English is not passed off as Arabic; Arabic readers go on reading the English.
    await payload.update({
      collection: 'proposals',
      id: proposal.id,
      locale: 'ar',
      data: { title: '', summary: '' },
      ...asMember(admin),
    })
    const untranslated = await payload.findByID({
      collection: 'proposals',
      id: proposal.id,
      locale: 'all',
      depth: 0,
    })
    expect(untranslated.title).toMatchObject({ ar: null, en: 'A reading corner' })
    await expect(
      payload.findByID({ collection: 'proposals', id: proposal.id, locale: 'ar' }),
    ).resolves.toMatchObject({ title: 'A reading corner' })
    // Then translates it: each language keeps its own text.
    await payload.update({
      collection: 'proposals',
      id: proposal.id,
      locale: 'ar',
      data: { title: 'ركن للقراءة', summary: 'وسائد ورفوف لمركز الشباب' },
      ...asMember(admin),
    })
    const stored = await payload.findByID({
      collection: 'proposals',
      id: proposal.id,
      locale: 'all',
      depth: 0,
    })
    expect(stored.title).toEqual({ ar: 'ركن للقراءة', en: 'A reading corner' })
    expect(stored.summary).toEqual({
      ar: 'وسائد ورفوف لمركز الشباب',
      en: 'Cushions and shelves for the youth centre',
    })
  })

  it('refuses a title missing in every language, naming the rule, and keeps what was there', async () => {
    const proposal = await draft()
    const cleared = await ruleError(
      payload.update({
        collection: 'proposals',
        id: proposal.id,
        data: { title: '' },
        ...asMember(proposer),
      }),
    )
    expect(cleared.data).toMatchObject({
      rule: 'text-missing',
      params: { field: 'title' },
      messages: { ar: expect.stringContaining('العنوان مطلوب بلغة واحدة على الأقل') },
    })
    const created = await ruleError(
      payload.create({
        collection: 'proposals',
        locale: 'en',
        data: { summary: 'No title', status: 'draft', estimatedBudget: { currency: 'EUR' } },
        ...asMember(proposer),
      }),
    )
    expect(created.data?.rule).toBe('text-missing')
    await expect(
      payload.findByID({ collection: 'proposals', id: proposal.id, locale: 'ar' }),
    ).resolves.toMatchObject({ title: 'Library shelves' })
  })
})
