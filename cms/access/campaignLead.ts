import type { Access, PayloadRequest } from 'payload'

import { idOf, isActiveMember, isAdminUser } from './roles'

/** Whether the signed-in member leads a forming or active committee, of this campaign if given. */
export const leadsCommittee = async (req: PayloadRequest, campaign?: unknown): Promise<boolean> => {
  const { user } = req
  if (!user || !isActiveMember(user)) return false
  const campaignId = idOf(campaign)
  const { totalDocs } = await req.payload.count({
    collection: 'committees',
    where: {
      lead: { equals: user.id },
      status: { in: ['forming', 'active'] },
      ...(campaignId != null ? { campaign: { equals: campaignId } } : {}),
    },
    req,
  })
  return totalDocs > 0
}

/** Admins, or the lead of the committee carrying out the campaign named in the new document. */
export const adminOrCampaignLead: Access = async ({ req, data }) =>
  isAdminUser(req.user) ||
  (data?.campaign != null && (await leadsCommittee(req, data.campaign as unknown)))

/** Admins, or any committee lead (a receipt is uploaded before its expense names the campaign). */
export const adminOrCommitteeLead: Access = async ({ req }) =>
  isAdminUser(req.user) || (await leadsCommittee(req))
