import type { Access, FieldAccess } from 'payload'

import { isActiveMember } from './roles'

/** True for active members and admins; false for applicants, paused, left and anonymous. */
export const isActive: Access = ({ req: { user } }) => isActiveMember(user)

/** Field-level twin of isActive: what members may know and the public may not. */
export const isActiveField: FieldAccess = ({ req: { user } }) => isActiveMember(user)
