import {
  AuthenticationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeLoginHook,
} from 'payload'

import type { Member } from '../../../payload-types'

/**
 * A member who has left signs in no more: the same answer as a wrong password (whether an
 * address belongs to someone is not for strangers to learn), on the portal, REST and the admin.
 */
export const refuseDepartedSignIn: CollectionBeforeLoginHook<Member> = ({ req, user }) => {
  if (user.status === 'left') throw new AuthenticationError(req.t)
  return user
}

/**
 * When a membership ends, its open sessions end with it: a cookie kept from before stops working
 * at once (Payload checks each request's session against this list).
 */
export const endSessionsOfDeparted: CollectionBeforeChangeHook<Member> = ({
  data,
  originalDoc,
}) => {
  if (data.status === 'left' && originalDoc?.status !== 'left') data.sessions = []
  return data
}
