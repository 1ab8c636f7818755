import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '../../../access/roles'
import { sqlHandle } from '../../../lib/db'
import { announceContentChange } from '../../../hooks/announceContentChange'
import type { Donation } from '../../../payload-types'

/**
 * Recomputes a campaign's `raised` (less partial refunds) and donor count from its succeeded
 * donations in one aggregate query, inside the same transaction as the donation write. Derived,
 * never typed in: running it again on any campaign gives the same numbers.
 */
export const recomputeCampaignTotals = async (
  req: PayloadRequest,
  campaignId: number | string,
): Promise<{ raised: number; donorCount: number }> => {
  const db = await sqlHandle(req.payload, req)
  // Two donations to one campaign committing together would each sum without the other and the
  // later write would lose the earlier gift: the campaign's row lock makes them take turns, and
  // each sum then runs after the other's commit. NO KEY UPDATE, and a plain UPDATE of the two
  // numbers below, because each new donation's foreign key holds KEY SHARE on this row: a
  // stronger lock (or Payload's full-row update) waits on it and two gifts deadlock.
  await db.execute(sql`SELECT id FROM campaigns WHERE id = ${campaignId} FOR NO KEY UPDATE`)
  const result = await db.execute(sql`
    SELECT coalesce(sum(d.amount - coalesce(d.refunded_amount, 0)), 0)::bigint AS raised,
           count(*)::int AS donor_count
    FROM donations d JOIN campaigns c ON c.id = d.campaign_id
    WHERE d.campaign_id = ${campaignId} AND d.status = 'succeeded' AND d.currency::text = c.goal_currency::text
  `)
  const row = result.rows[0] as { raised: string | number; donor_count: number }
  const totals = { raised: Number(row.raised), donorCount: row.donor_count }
  await db.execute(sql`
    UPDATE campaigns SET raised = ${totals.raised}, donor_count = ${totals.donorCount}
    WHERE id = ${campaignId}
  `)
  // Written past Payload, so no hook of the campaigns' announces it: pages that show a
  // campaign's total without reading its donations (the home page) must hear it too.
  await announceContentChange(req, 'campaigns')
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
