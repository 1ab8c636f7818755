import type { Access } from 'payload'

import { isAdminUser } from './roles'

/**
 * Admins: everything; a signed-in member: a filter to the documents whose `field` points at them
 * (their votes, their proposals); anonymous: false.
 */
export const adminOrOwner =
  (field: string): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (isAdminUser(user)) return true
    return { [field]: { equals: user.id } }
  }
