import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Member } from '../../cms/payload-types'
import { createMember, daysFromNow, uploadReceipt } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/**
 * Who sees an upload, over REST (the list, one document, and the file itself) as each person:
 * the probe found every upload listed to anonymous visitors, receipts of submitted and rejected
 * expenses included.
 */
let payload: Payload
let rest: Awaited<ReturnType<typeof startRestServer>>
let lead: Member
let tokens: Record<'admin' | 'lead' | 'member', string>
let campaign: { id: number }

const seenBy = async (mediaId: number, filename: string) => {
  const who = { anonymous: undefined, ...tokens }
  const seen: string[] = []
  for (const [name, token] of Object.entries(who)) {
    const one = await rest.request('GET', `/media/${mediaId}`, { token })
    const list = await rest.request('GET', `/media?where[id][equals]=${mediaId}`, { token })
    const file = await fetch(`${rest.base}/media/file/${filename}`, {
      headers: token ? { authorization: `JWT ${token}` } : {},
    })
    await file.arrayBuffer()
    const listed = (list.json.docs as unknown[]).length === 1
    // The three answers agree: a file nobody may read is not served either.
    expect([name, one.status === 200, listed, file.status === 200]).toEqual([
      name,
      listed,
      listed,
      listed,
    ])
    if (listed) seen.push(name)
  }
  return seen
}

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  rest = await startRestServer(payload)
  const admin = await createMember(payload, { role: 'admin' })
  lead = await createMember(payload)
  const member = await createMember(payload)
  campaign = await payload.create({
    collection: 'campaigns',
    data: {
      title: 'Fire hoses',
      month: '2026-07',
      status: 'draft',
      goal: { amount: 100000, currency: 'EUR' },
    },
  })
  await payload.create({
    collection: 'committees',
    data: {
      name: 'Hoses',
      kind: 'flying',
      status: 'active',
      lead: lead.id,
      campaign: campaign.id,
      members: [lead.id],
      startDate: daysFromNow(-1),
      endDate: daysFromNow(30),
    },
  })

  tokens = {
    admin: await rest.login(admin.email),
    lead: await rest.login(lead.email),
    member: await rest.login(member.email),
  }
})

afterAll(() => rest.close())

describe('an upload', () => {
  it('is seen by everyone once a public page shows it, and not before', async () => {
    const cover = await uploadReceipt(payload, 'cover.png')
    await payload.update({ collection: 'campaigns', id: campaign.id, data: { cover: cover.id } })
    expect(await seenBy(cover.id, cover.filename!)).toEqual(['admin'])
    await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      data: { status: 'fundraising' },
    })
    expect(await seenBy(cover.id, cover.filename!)).toEqual([
      'anonymous',
      'admin',
      'lead',
      'member',
    ])
  })

  it('as a receipt, by admins and its uploader until its expense is approved, then by everyone', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Receipt' }))
    const { default: sharp } = await import('sharp')
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'receipt.png')
    const uploaded = await fetch(`${rest.base}/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.lead}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const receipt = ((await uploaded.json()) as { doc: { id: number; filename: string } }).doc
    const expense = await rest.request('POST', '/expenses', {
      token: tokens.lead,
      body: {
        campaign: campaign.id,
        description: 'Hoses',
        amount: 5000,
        currency: 'EUR',
        paidAt: daysFromNow(-1),
        receipt: receipt.id,
      },
    })
    expect(expense.status).toBe(201)
    const expenseId = (expense.json.doc as { id: number }).id
    expect(await seenBy(receipt.id, receipt.filename)).toEqual(['admin', 'lead'])

    await payload.update({
      collection: 'expenses',
      id: expenseId,
      data: { status: 'rejected', rejectionReason: 'The amount is not on the receipt.' },
    })
    expect(await seenBy(receipt.id, receipt.filename)).toEqual(['admin', 'lead'])

    await payload.update({ collection: 'expenses', id: expenseId, data: { status: 'approved' } })
    expect(await seenBy(receipt.id, receipt.filename)).toEqual([
      'anonymous',
      'admin',
      'lead',
      'member',
    ])
  })
})
