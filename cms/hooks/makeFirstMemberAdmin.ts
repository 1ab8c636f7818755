import type { CollectionBeforeChangeHook } from 'payload'

import type { Member } from '../payload-types'

/**
 * The first account on an empty database (the admin panel's "create first user" form) becomes an
 * active admin; everyone after that applies as an applicant and an admin lets them in.
 */
export const makeFirstMemberAdmin: CollectionBeforeChangeHook<Member> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'members', req })
  if (totalDocs === 0) Object.assign(data, { role: 'admin', status: 'active' })
  return data
}
