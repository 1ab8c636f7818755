import type { CollectionBeforeChangeHook } from 'payload'

import type { Member } from '../../../payload-types'

/** True for Payload's "create first user" endpoint, which the admin panel calls on an empty DB. */
const isFirstRegister = (url: string | undefined) =>
  !!url && new URL(url, 'http://localhost').pathname.endsWith('/members/first-register')

/**
 * The first account made through the admin panel's "create first user" form becomes an active
 * admin. Only that endpoint: an anonymous signup on an empty database stays an applicant, or the
 * first stranger to find a fresh install would own it.
 */
export const makeFirstMemberAdmin: CollectionBeforeChangeHook<Member> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !isFirstRegister(req.url)) return data
  const { totalDocs } = await req.payload.count({ collection: 'members', req })
  if (totalDocs === 0) Object.assign(data, { role: 'admin', status: 'active' })
  return data
}
