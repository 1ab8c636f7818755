import type { Access } from 'payload'

import { isAdminUser } from './roles'

/** Admins: every member; a signed-in member: a filter to their own record; anonymous: false. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}
