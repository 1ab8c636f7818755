import type { Access, FieldAccess } from 'payload'

import { isAdminUser } from './roles'

/** True for admins; false for everyone else, anonymous included. */
export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

/** Field-level twin of isAdmin, for private fields and fields only the management sets. */
export const isAdminField: FieldAccess = ({ req: { user } }) => isAdminUser(user)
