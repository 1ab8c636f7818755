import type { Endpoint, Where } from 'payload'

import { CSV_BOM, csvAmount, toCsv, type CsvCell } from '@fazaa/shared/csv'
import { isAdminUser } from '../access/roles'
import type { Campaign, Member } from '../payload-types'

const monthOf = (campaign: number | Campaign) =>
  typeof campaign === 'object' ? campaign.month : ''
const nameOf = (member: number | Member | null | undefined) =>
  member && typeof member === 'object' ? member.name : ''
const day = (date: string | null | undefined) => (date ? date.slice(0, 10) : '')

/**
 * GET /api/money/export.csv: every donation, transfer and expense of every campaign (or of one,
 * `?campaign=<id>`), one row each, for the treasurer's spreadsheet and the auditors. Admins only:
 * it names donors who asked not to be named.
 */
export const moneyExport: Endpoint = {
  path: '/money/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!isAdminUser(req.user)) return Response.json({ error: 'Forbidden' }, { status: 403 })
    const campaignId = Number(req.searchParams.get('campaign'))
    const where: Where =
      Number.isSafeInteger(campaignId) && campaignId > 0 ? { campaign: { equals: campaignId } } : {}
    const common = { where, pagination: false, depth: 1, req, overrideAccess: false } as const
    const [donations, transfers, expenses] = await Promise.all([
      req.payload.find({ collection: 'donations', sort: 'receivedAt', ...common }),
      req.payload.find({ collection: 'transfers', sort: 'sentOn', ...common }),
      req.payload.find({ collection: 'expenses', sort: 'paidAt', ...common }),
    ])
    const rows: CsvCell[][] = [
      [
        'kind',
        'id',
        'date',
        'campaign',
        'method_or_channel',
        'status',
        'amount',
        'currency',
        'refunded_or_fees',
        'name',
        'reference',
        'description',
      ],
      ...donations.docs.map((d) => [
        'donation',
        d.id,
        day(d.receivedAt),
        monthOf(d.campaign),
        d.method,
        d.status,
        csvAmount(d.amount),
        d.currency,
        csvAmount(d.refundedAmount ?? 0),
        d.donorName ?? nameOf(d.donorMember),
        d.reference ?? d.stripeSessionId ?? d.stripeInvoiceId ?? '',
        d.message ?? '',
      ]),
      ...transfers.docs.map((t) => [
        'transfer',
        t.id,
        day(t.sentOn),
        monthOf(t.campaign),
        t.channel,
        t.receivedOn ? 'received' : 'sent',
        csvAmount(t.amountSent),
        t.currency,
        csvAmount(t.fees ?? 0),
        t.confirmedBy,
        t.channelName ?? '',
        `${csvAmount(t.amountReceived)} ${t.receivedCurrency} @ ${t.exchangeRate}`,
      ]),
      ...expenses.docs.map((e) => [
        'expense',
        e.id,
        day(e.paidAt),
        monthOf(e.campaign),
        '',
        e.status,
        csvAmount(e.amount),
        e.currency,
        '',
        nameOf(e.submittedBy),
        typeof e.receipt === 'object' && e.receipt ? (e.receipt.filename ?? '') : '',
        e.description,
      ]),
    ]
    const stamp = new Date().toISOString().slice(0, 10)
    return new Response(CSV_BOM + toCsv(rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="fazaa-money-${stamp}.csv"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
