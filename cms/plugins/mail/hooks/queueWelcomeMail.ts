import type { CollectionAfterChangeHook } from 'payload'

import type { Member } from '../../../payload-types'
import { queueDeliveries } from '../deliveries'

/**
 * An applicant admitted (their status moved from applicant to active, by the admit button or by
 * hand) is welcomed in their language with the ways to sign in: the join form gave them no
 * password. Once per member, whatever happens to the status later.
 */
export const queueWelcomeMail: CollectionAfterChangeHook<Member> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || previousDoc?.status !== 'applicant' || doc.status !== 'active')
    return doc
  await queueDeliveries(
    req.payload,
    [{ key: `welcome:${doc.id}`, kind: 'welcome' as const, member: doc.id, subjectId: doc.id }],
    { req },
  )
  return doc
}
