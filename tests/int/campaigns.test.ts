import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { recomputeCampaignTotals } from '../../cms/collections/Donations/hooks/refreshCampaignTotals'
import { sqlHandle } from '../../cms/lib/db'
import type { Campaign, Member } from '../../cms/payload-types'
import { asUser, createMember, ruleError, uploadReceipt } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'

let payload: Payload
let admin: Member
let otherAdmin: Member

const report = {
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        children: [{ type: 'text', text: '2,300 EUR raised, equipment delivered', version: 1 }],
      },
    ],
  },
} as unknown as Campaign['report']

const campaign = (month: string, status: Campaign['status'] = 'draft') =>
  payload.create({
    collection: 'campaigns',
    data: { title: `Campaign ${month}`, month, status, goal: { amount: 230000, currency: 'EUR' } },
  })

const donate = (campaignId: number, amount: number, status = 'succeeded' as const) =>
  payload.create({
    collection: 'donations',
    data: { campaign: campaignId, amount, currency: 'EUR', method: 'bank', status },
  })

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  admin = await createMember(payload, { role: 'admin' })
  otherAdmin = await createMember(payload, { role: 'admin' })
})

beforeEach(async () => {
  const db = await sqlHandle(payload)
  await db.execute(sql`TRUNCATE campaigns, donations, expenses RESTART IDENTITY CASCADE`)
})

describe('campaign rules (rule 6)', () => {
  it('allows one campaign a month', async () => {
    await campaign('2026-07')
    expect((await ruleError(campaign('2026-07'))).data?.rule).toBe('campaign-month-taken')
  })

  it('gives every campaign a readable slug, even from an Arabic-only title', async () => {
    const arabic = await payload.create({
      collection: 'campaigns',
      data: {
        title: 'حملة تموز',
        slug: 'حملة تموز',
        month: '2026-07',
        status: 'draft',
        goal: { amount: 1000, currency: 'EUR' },
      },
    })
    expect(arabic.slug).toBe('2026-07')
    const typed = await payload.update({
      collection: 'campaigns',
      id: arabic.id,
      data: { slug: 'Fire Room, July!' },
    })
    expect(typed.slug).toBe('fire-room-july')
  })

  it('reads a month typed with Arabic digits as the same month', async () => {
    const typed = await payload.create({
      collection: 'campaigns',
      data: {
        title: 'Arabic digits',
        month: '٢٠٢٧-٠١',
        status: 'draft',
        goal: { amount: 1000, currency: 'EUR' },
      },
    })
    expect(typed.month).toBe('2027-01')
  })

  it('refuses a month not written YYYY-MM', async () => {
    const error = await ruleError(campaign('July 2026'))
    expect(error.status).toBe(400)
    expect(error.message).toContain('الحقل التالي غير صالح: الشهر')
  })

  it('lets only one campaign fundraise at a time, in the hook and in the database', async () => {
    const july = await campaign('2026-07', 'fundraising')
    const august = await campaign('2026-08')
    const error = await ruleError(
      payload.update({ collection: 'campaigns', id: august.id, data: { status: 'fundraising' } }),
    )
    expect(error.data?.rule).toBe('campaign-fundraising-taken')
    expect(error.message).toContain(july.title)
    const db = await sqlHandle(payload)
    const raw = await ruleError(
      db.execute(sql`UPDATE campaigns SET status = 'fundraising' WHERE id = ${august.id}`),
    )
    expect(String((raw.cause as Error).message)).toMatch(/campaigns_one_fundraising_idx/)
  })

  it('closes only with a report', async () => {
    const july = await campaign('2026-07', 'reporting')
    const error = await ruleError(
      payload.update({ collection: 'campaigns', id: july.id, data: { status: 'closed' } }),
    )
    expect(error.data?.rule).toBe('campaign-report-required')
    const closed = await payload.update({
      collection: 'campaigns',
      id: july.id,
      data: { status: 'closed', report },
    })
    expect(closed.status).toBe('closed')
  })

  it('never lets anyone write `raised`, admins included', async () => {
    const july = await campaign('2026-07', 'fundraising')
    const updated = await payload.update({
      collection: 'campaigns',
      id: july.id,
      data: { raised: 999999 },
      user: asUser(admin),
      overrideAccess: false,
    })
    expect(updated.raised).toBe(0)
  })
})

describe('raised, derived from succeeded donations', () => {
  it('counts succeeded donations only, and follows refunds and deletions', async () => {
    const july = await campaign('2026-07', 'fundraising')
    const first = await donate(july.id, 5000)
    await donate(july.id, 2500)
    await donate(july.id, 10000, 'pending' as never)
    let stored = await payload.findByID({ collection: 'campaigns', id: july.id })
    expect([stored.raised, stored.donorCount]).toEqual([7500, 2])

    await payload.update({ collection: 'donations', id: first.id, data: { status: 'refunded' } })
    stored = await payload.findByID({ collection: 'campaigns', id: july.id })
    expect([stored.raised, stored.donorCount]).toEqual([2500, 1])

    const [second] = (
      await payload.find({ collection: 'donations', where: { amount: { equals: 2500 } } })
    ).docs
    await payload.delete({ collection: 'donations', id: second!.id })
    stored = await payload.findByID({ collection: 'campaigns', id: july.id })
    expect(stored.raised).toBe(0)
  })

  it('matches a recomputation from the donations themselves', async () => {
    const july = await campaign('2026-07', 'fundraising')
    for (const amount of [1000, 2000, 3000, 4000]) await donate(july.id, amount)
    const db = await sqlHandle(payload)
    // Tamper with the stored total behind the hooks' back: recomputing restores the truth.
    await db.execute(sql`UPDATE campaigns SET raised = 1 WHERE id = ${july.id}`)
    const req = { payload } as never
    const totals = await recomputeCampaignTotals(req, july.id)
    expect(totals).toEqual({ raised: 10000, donorCount: 4 })
  })

  it('refuses a donation that is not a positive whole number of cents', async () => {
    const july = await campaign('2026-07', 'fundraising')
    expect((await ruleError(donate(july.id, 10.5))).status).toBe(400)
    expect((await ruleError(donate(july.id, -100))).status).toBe(400)
  })
})

describe('expenses (rule 9)', () => {
  it('cannot be approved by the member who submitted them, nor without its receipt', async () => {
    const july = await campaign('2026-07', 'executing')
    const expense = await payload.create({
      collection: 'expenses',
      data: {
        campaign: july.id,
        amount: 120000,
        currency: 'EUR',
        description: 'Fire pump',
        status: 'submitted',
      },
      user: asUser(admin),
      overrideAccess: false,
    })
    expect(expense.submittedBy).toMatchObject({ id: admin.id })
    const error = await ruleError(
      payload.update({
        collection: 'expenses',
        id: expense.id,
        data: { status: 'approved' },
        user: asUser(admin),
        overrideAccess: false,
      }),
    )
    expect(error.data?.rule).toBe('expense-self-approval')
    const withoutReceipt = await ruleError(
      payload.update({
        collection: 'expenses',
        id: expense.id,
        data: { status: 'approved' },
        user: asUser(otherAdmin),
        overrideAccess: false,
      }),
    )
    expect(withoutReceipt.data?.rule).toBe('expense-receipt-required')
    const receipt = await uploadReceipt(payload)
    await payload.update({ collection: 'expenses', id: expense.id, data: { receipt: receipt.id } })
    const approved = await payload.update({
      collection: 'expenses',
      id: expense.id,
      data: { status: 'approved' },
      user: asUser(otherAdmin),
      overrideAccess: false,
    })
    expect(approved.approvedBy).toMatchObject({ id: otherAdmin.id })
  })

  it("takes a receipt that is new or this campaign's, never another campaign's", async () => {
    const [july, august] = [
      await campaign('2026-07', 'executing'),
      await campaign('2026-08', 'executing'),
    ]
    const receipt = await uploadReceipt(payload)
    const expense = (campaignId: number) =>
      payload.create({
        collection: 'expenses',
        data: {
          campaign: campaignId,
          amount: 9000,
          currency: 'EUR',
          description: 'Nails',
          receipt: receipt.id,
          status: 'submitted',
        },
        user: asUser(admin),
        overrideAccess: false,
      })
    // A new upload is taken, and from then on it is July's.
    await expense(july.id)
    const claimed = await payload.findByID({ collection: 'media', id: receipt.id, depth: 0 })
    expect(claimed.campaign).toBe(july.id)
    // July's expenses may name it again; August's may not, and nothing is saved.
    await expense(july.id)
    await expect(expense(august.id)).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'receipt' })] },
    })
    const august_ = await payload.find({
      collection: 'expenses',
      where: { campaign: { equals: august.id } },
    })
    expect(august_.totalDocs).toBe(0)
    // A campaign's cover is its own too: July's expenses are not offered August's cover.
    const cover = await uploadReceipt(payload, 'cover.png')
    await payload.update({ collection: 'campaigns', id: august.id, data: { cover: cover.id } })
    const claimedCover = await payload.findByID({ collection: 'media', id: cover.id, depth: 0 })
    expect(claimedCover.campaign).toBe(august.id)
    await expect(
      payload.create({
        collection: 'expenses',
        data: {
          campaign: july.id,
          amount: 100,
          currency: 'EUR',
          description: 'Glue',
          receipt: cover.id,
          status: 'submitted',
        },
        user: asUser(admin),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'receipt' })] } })
  })

  it('is approved as it was submitted, and rejected with a reason the database holds too', async () => {
    const july = await campaign('2026-07', 'executing')
    const receipt = await uploadReceipt(payload)
    const expense = await payload.create({
      collection: 'expenses',
      data: {
        campaign: july.id,
        amount: 15000,
        currency: 'EUR',
        description: 'Paint',
        receipt: receipt.id,
        status: 'submitted',
      },
      user: asUser(admin),
      overrideAccess: false,
    })
    const asOther = (data: Record<string, unknown>) =>
      payload.update({
        collection: 'expenses',
        id: expense.id,
        data,
        user: asUser(otherAdmin),
        overrideAccess: false,
      })
    // Approving and changing the amount in one save: refused, nothing changed.
    const edited = await ruleError(asOther({ status: 'approved', amount: 1500000 }))
    expect(edited.data?.rule).toBe('expense-approval-with-changes')
    const stored = await payload.findByID({ collection: 'expenses', id: expense.id })
    expect([stored.status, stored.amount]).toEqual(['submitted', 15000])
    // A rejection without a reason: refused by the hook, and by the database past it.
    const silent = await ruleError(asOther({ status: 'rejected' }))
    expect(silent.data?.rule).toBe('expense-rejection-reason')
    const db = await sqlHandle(payload)
    await expect(
      db.execute(sql`UPDATE expenses SET status = 'rejected' WHERE id = ${expense.id}`),
    ).rejects.toMatchObject({ cause: { constraint: 'expenses_rejection_has_reason' } })
    const rejected = await asOther({
      status: 'rejected',
      rejectionReason: 'The receipt is unreadable.',
    })
    expect([rejected.status, rejected.rejectionReason]).toEqual([
      'rejected',
      'The receipt is unreadable.',
    ])
    // Submitted again, the old reason no longer applies.
    const again = await asOther({ status: 'submitted' })
    expect(again.rejectionReason ?? null).toBeNull()
  })

  it('keeps its approval when its description is translated, and loses it when rewritten', async () => {
    const july = await campaign('2026-07', 'executing')
    const receipt = await uploadReceipt(payload)
    const expense = await payload.create({
      collection: 'expenses',
      locale: 'ar',
      data: {
        campaign: july.id,
        amount: 4000,
        currency: 'EUR',
        description: 'طلاء للسور',
        receipt: receipt.id,
        status: 'submitted',
      },
      user: asUser(admin),
      overrideAccess: false,
    })
    const save = (locale: 'ar' | 'en', data: Record<string, unknown>, by = admin) =>
      payload.update({
        collection: 'expenses',
        id: expense.id,
        locale,
        data,
        user: asUser(by),
        overrideAccess: false,
      })
    // The approver may approve it and write the English for it in one save: not a change.
    const approved = await save(
      'en',
      { status: 'approved', description: 'Paint for the wall' },
      otherAdmin,
    )
    expect(approved.status).toBe('approved')
    // Rewriting the English afterwards changes what was vouched for: back for approval.
    const rewritten = await save('en', { description: 'Paint and brushes for the wall' })
    expect([rewritten.status, rewritten.approvedBy ?? null]).toEqual(['submitted', null])
    const stored = await payload.findByID({
      collection: 'expenses',
      id: expense.id,
      locale: 'all',
      depth: 0,
    })
    expect(stored.description).toEqual({ ar: 'طلاء للسور', en: 'Paint and brushes for the wall' })
  })

  it('goes back for approval when anything it vouched for changes after the approval', async () => {
    const july = await campaign('2026-07', 'executing')
    const receipt = await uploadReceipt(payload)
    const expense = await payload.create({
      collection: 'expenses',
      data: {
        campaign: july.id,
        amount: 1000,
        currency: 'EUR',
        description: 'Hose',
        paidAt: '2026-07-10T00:00:00.000Z',
        receipt: receipt.id,
        status: 'submitted',
      },
      user: asUser(admin),
      overrideAccess: false,
    })
    const approve = () =>
      payload.update({
        collection: 'expenses',
        id: expense.id,
        data: { status: 'approved' },
        user: asUser(otherAdmin),
        overrideAccess: false,
      })
    await approve()
    // The same facts sent again (the date in another spelling): still approved.
    const resent = await payload.update({
      collection: 'expenses',
      id: expense.id,
      data: { amount: 1000, paidAt: '2026-07-10', description: 'Hose' },
      user: asUser(admin),
      overrideAccess: false,
    })
    expect(resent.status).toBe('approved')
    for (const change of [{ amount: 500000 }, { receipt: null }, { description: 'Two hoses' }]) {
      const changed = await payload.update({
        collection: 'expenses',
        id: expense.id,
        data: change,
        user: asUser(admin),
        overrideAccess: false,
      })
      expect([changed.status, changed.approvedBy ?? null]).toEqual(['submitted', null])
      if ('receipt' in change) {
        await payload.update({
          collection: 'expenses',
          id: expense.id,
          data: { receipt: receipt.id },
        })
      }
      expect((await approve()).status).toBe('approved')
    }
  })

  it('is held by a check constraint in the database', async () => {
    const july = await campaign('2026-07', 'executing')
    const db = await sqlHandle(payload)
    const error = await ruleError(
      db.execute(sql`
        INSERT INTO expenses (campaign_id, amount, submitted_by_id, approved_by_id, status)
        VALUES (${july.id}, 100, ${admin.id}, ${admin.id}, 'approved')
      `),
    )
    expect(String((error.cause as Error).message)).toMatch(/expenses_not_self_approved/)
  })
})
