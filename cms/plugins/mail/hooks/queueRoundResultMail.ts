import type { CollectionAfterChangeHook } from 'payload'

import { queueDeliveries } from '../deliveries'
import type { VotingRound } from '../../../payload-types'

/**
 * Each step of a round's close (extended, tied, decided, or no project chosen) tells every active
 * member, once per step; whether they still want such news is checked when each is sent.
 */
export const queueRoundResultMail: CollectionAfterChangeHook<VotingRound> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status === 'open' || doc.status === previousDoc?.status) return doc
  const { docs } = await req.payload.find({
    collection: 'members',
    where: { status: { equals: 'active' } },
    select: { status: true },
    pagination: false,
    depth: 0,
    req,
  })
  await queueDeliveries(
    req.payload,
    docs.map((member) => ({
      key: `round-result:${doc.id}:${doc.status}:${member.id}`,
      kind: 'round-result' as const,
      member: member.id,
      subjectId: doc.id,
    })),
    { req },
  )
  return doc
}
