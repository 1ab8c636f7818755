import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { sqlHandle } from '../lib/db'
import type { Donation } from '../payload-types'

/**
 * Recomputes a campaign's `raised` and donor count from its succeeded donations in one aggregate
 * query, inside the same transaction as the donation write. Derived, never typed in: running it
 * again on any campaign gives the same numbers (see `recomputeCampaignTotals`).
 */
export const recomputeCampaignTotals = async (
  req: PayloadRequest,
  campaignId: number | string,
): Promise<{ raised: number; donorCount: number }> => {
  const db = await sqlHandle(req.payload, req)
  const result = await db.execute(sql`
    SELECT coalesce(sum(d.amount), 0)::bigint AS raised, count(*)::int AS donor_count
    FROM donations d JOIN campaigns c ON c.id = d.campaign_id
    WHERE d.campaign_id = ${campaignId} AND d.status = 'succeeded' AND d.currency::text = c.goal_currency::text
  `)
  const row = result.rows[0] as { raised: string | number; donor_count: number }
  const totals = { raised: Number(row.raised), donorCount: row.donor_count }
  await req.payload.update({
    collection: 'campaigns',
    id: campaignId,
    data: totals,
    depth: 0,
    req,
    context: { fazaaSystem: true },
  })
  return totals
}

const campaignsTouched = (...donations: (Partial<Donation> | undefined)[]) => [
  ...new Set(donations.map((donation) => idOf(donation?.campaign)).filter((id) => id != null)),
]

export const refreshCampaignTotalsAfterChange: CollectionAfterChangeHook<Donation> = async ({
  doc,
  previousDoc,
  req,
}) => {
  for (const id of campaignsTouched(doc, previousDoc)) await recomputeCampaignTotals(req, id)
  return doc
}

export const refreshCampaignTotalsAfterDelete: CollectionAfterDeleteHook<Donation> = async ({
  doc,
  req,
}) => {
  for (const id of campaignsTouched(doc)) await recomputeCampaignTotals(req, id)
  return doc
}
