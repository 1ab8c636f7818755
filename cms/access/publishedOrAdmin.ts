import type { Access, Where } from 'payload'

import { isAdminUser } from './roles'

/**
 * Admins: everything; everyone else: a filter to the documents the public may see, e.g. campaigns
 * that left draft or donations that succeeded.
 */
export const publishedOrAdmin =
  (publicFilter: Where): Access =>
  ({ req: { user } }) =>
    isAdminUser(user) ? true : publicFilter
