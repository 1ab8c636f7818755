import type { FieldAccess } from 'payload'

import type { Member } from '../payload-types'
import { isActiveMember, isAdminUser, isSameId } from './roles'

/**
 * Email, phone and city of a member: these people have families in a post-conflict country, so
 * they are shown to admins, to the member themself, and to active members only when the member
 * chose to share contact details. Never to anonymous visitors.
 */
export const privateContact: FieldAccess<Member> = ({ req: { user }, doc, id }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  if (isSameId(user.id, doc?.id ?? id)) return true
  return isActiveMember(user) && doc?.privacy?.showContactToMembers === true
}
