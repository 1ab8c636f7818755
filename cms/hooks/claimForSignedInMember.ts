import type { CollectionBeforeChangeHook } from 'payload'

import { isAdminUser } from '../access/roles'

/**
 * A member acts as themselves (an offer to help, an RSVP), never in another's name; the `member`
 * field is set from the session on create and cannot be moved to someone else later. Admins may
 * record anyone.
 */
export const claimForSignedInMember: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!req.user || isAdminUser(req.user)) return data
  if (operation === 'create') data.member = req.user.id
  else data.member = originalDoc?.member
  return data
}
