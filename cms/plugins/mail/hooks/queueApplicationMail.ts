import type { CollectionAfterChangeHook } from 'payload'

import type { Member } from '../../../payload-types'
import { queueDeliveries } from '../deliveries'

/** What the portal's join form says when it creates an applicant (`context` of the create). */
export const APPLICATION_TO_JOIN = 'applicationToJoin'

/**
 * An application to join (an applicant the join form created) tells every active admin, each in
 * their own language, and tells the applicant it arrived, in theirs: all through the mail queue.
 * An applicant entered otherwise (by an admin, the demo, a script) is not news to anyone.
 */
export const queueApplicationMail: CollectionAfterChangeHook<Member> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.status !== 'applicant') return doc
  if (req.context[APPLICATION_TO_JOIN] !== true) return doc
  const { docs: admins } = await req.payload.find({
    collection: 'members',
    where: { role: { equals: 'admin' }, status: { equals: 'active' } },
    select: { role: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  await queueDeliveries(
    req.payload,
    [
      ...admins.map((admin) => ({
        key: `application:${doc.id}:${admin.id}`,
        kind: 'application' as const,
        member: admin.id,
        subjectId: doc.id,
      })),
      {
        key: `application-received:${doc.id}`,
        kind: 'application-received' as const,
        member: doc.id,
        subjectId: doc.id,
      },
    ],
    { req },
  )
  return doc
}
