import type { CollectionAfterChangeHook } from 'payload'

import { queueDeliveries } from '../deliveries'
import { DIGEST_AUDIENCE } from '../digest/digestAudience'
import type { Meeting } from '../../../payload-types'

/**
 * Marking a Big Sunday Meeting `held` queues its digest: one delivery per active member who asked
 * for digests (each at most once, whatever happens later), the digest record that counts them,
 * and the job that sends them. All in the meeting's own transaction: a save that fails queues
 * nothing.
 */
export const queueMeetingDigest: CollectionAfterChangeHook<Meeting> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  // An update: a meeting recorded as already held (history, the demo) sends nothing.
  if (operation !== 'update' || doc.kind !== 'big-sunday') return doc
  if (doc.status !== 'held' || previousDoc?.status === 'held') return doc
  const { payload } = req
  const { docs: recipients } = await payload.find({
    collection: 'members',
    where: DIGEST_AUDIENCE,
    select: { status: true },
    pagination: false,
    depth: 0,
    req,
  })
  const queued = await queueDeliveries(
    payload,
    recipients.map((member) => ({
      key: `digest:${doc.id}:${member.id}`,
      kind: 'digest' as const,
      member: member.id,
      meeting: doc.id,
    })),
    { req, digestOf: doc.id },
  )
  const existing = await payload.count({
    collection: 'digests',
    where: { meeting: { equals: doc.id } },
    req,
  })
  if (existing.totalDocs === 0) {
    await payload.create({
      collection: 'digests',
      data: {
        meeting: doc.id,
        status: 'sending',
        pendingCount: queued,
        sentCount: 0,
        failedCount: 0,
      },
      req,
    })
  }
  return doc
}
