import type { FieldAccess } from 'payload'

import { isAdminUser, isSameId } from './roles'

/** Fields only the member and admins read (their preferences, time zone, digest choice). */
export const adminOrSelfField: FieldAccess = ({ req: { user }, doc, id }) =>
  !!user && (isAdminUser(user) || isSameId(user.id, doc?.id ?? id))
