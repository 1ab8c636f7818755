import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../access/roles'
import type { CommitteeInterest } from '../../../payload-types'
import { queueDeliveries } from '../deliveries'

/**
 * An offer to help tells the committee's lead, once, through the mail queue: in the offer's own
 * transaction (an offer that is not stored mails nobody) and retried when the lead's mail server
 * says "later", like every other notice.
 */
export const queueHelpOfferMail: CollectionAfterChangeHook<CommitteeInterest> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const committee = await req.payload.findByID({
    collection: 'committees',
    id: idOf(doc.committee) as number,
    select: { lead: true },
    depth: 0,
    req,
  })
  const lead = idOf(committee.lead)
  if (typeof lead !== 'number') return doc
  await queueDeliveries(
    req.payload,
    [{ key: `help-offer:${doc.id}`, kind: 'help-offer', member: lead, subjectId: doc.id }],
    { req },
  )
  return doc
}
