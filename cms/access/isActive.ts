import type { Access } from 'payload'

import { isActiveMember } from './roles'

/** True for active members and admins; false for applicants, paused, left and anonymous. */
export const isActive: Access = ({ req: { user } }) => isActiveMember(user)
