import type { CollectionBeforeChangeHook } from 'payload'

import * as clock from '@fazaa/shared/clock'
import type { Member } from '../../../payload-types'

/**
 * A member joins the day they are admitted, not the day they applied: the introductions'
 * rotation at the Big Sunday Meeting orders members by it. An admin who sets the date by hand
 * in the same save keeps theirs.
 */
export const dateTheAdmission: CollectionBeforeChangeHook<Member> = ({ data, originalDoc }) => {
  const admitted = originalDoc?.status === 'applicant' && data.status === 'active'
  const dateTyped = data.joinedAt != null && data.joinedAt !== originalDoc?.joinedAt
  if (admitted && !dateTyped) data.joinedAt = clock.now().toISOString()
  return data
}
