import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../access/roles'
import { queueDeliveries } from '../deliveries'
import type { Committee } from '../../../payload-types'

/** A committee that becomes active tells its members, once each (they may opt out of reminders). */
export const queueCommitteeFormedMail: CollectionAfterChangeHook<Committee> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status !== 'active' || previousDoc?.status === 'active') return doc
  const members = (doc.members ?? []).map(idOf).filter((id): id is number => typeof id === 'number')
  await queueDeliveries(
    req.payload,
    members.map((member) => ({
      key: `committee-formed:${doc.id}:${member}`,
      kind: 'committee-formed' as const,
      member,
      subjectId: doc.id,
    })),
    { req },
  )
  return doc
}
