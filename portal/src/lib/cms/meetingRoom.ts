import type { Meeting, Member } from '@fazaa/cms/types'

import { unsubscribeWithToken } from '../../../../cms/lib/mail/unsubscribe'
import type { UnsubscribeScope } from '../../../../cms/lib/mail/unsubscribeToken'
import type { Locale } from '../../../../shared/i18n/locales'
import { cms } from './client'

// Running a meeting, and leaving the mailing lists.

/**
 * A meeting with its segments, the people, guest and campaign of each, for the run sheet: read as
 * the member (active members and admins see every meeting); null when they may not.
 */
export const getRunSheet = async (
  member: Member,
  id: number,
  locale: Locale,
): Promise<Meeting | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { id: { equals: id } },
    locale,
    depth: 1,
    limit: 1,
    user: member,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** Turns off what an email's unsubscribe link names; null for a link we did not sign. */
export const unsubscribe = async (
  token: string,
): Promise<{ scope: UnsubscribeScope; memberId: number } | null> =>
  unsubscribeWithToken(await cms(), token)
