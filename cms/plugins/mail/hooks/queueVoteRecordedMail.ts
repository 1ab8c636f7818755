import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../access/roles'
import { queueDeliveries } from '../deliveries'
import type { Vote } from '../../../payload-types'

/**
 * A vote the management recorded on a member's behalf (by phone, or by show of hands in the
 * meeting) tells that member at once, with the choice recorded: theirs to check and change.
 */
export const queueVoteRecordedMail: CollectionAfterChangeHook<Vote> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.recordedBy == null) return doc
  const member = idOf(doc.member)
  if (typeof member !== 'number') return doc
  await queueDeliveries(
    req.payload,
    [{ key: `vote-recorded:${doc.id}`, kind: 'vote-recorded', member, subjectId: doc.id }],
    { req },
  )
  return doc
}
