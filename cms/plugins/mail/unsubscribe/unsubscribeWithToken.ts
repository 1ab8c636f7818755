import type { Payload } from 'payload'

import { readUnsubscribeToken, type UnsubscribeScope } from './unsubscribeToken'

/**
 * Turns off the kind of email a token names, for the member it names. Returns what was turned
 * off, or null for a token this server did not sign (nothing changes).
 */
export const unsubscribeWithToken = async (
  payload: Payload,
  token: string,
): Promise<{ scope: UnsubscribeScope; memberId: number } | null> => {
  const read = readUnsubscribeToken(payload.secret, token)
  if (!read) return null
  await payload.update({
    collection: 'members',
    id: read.memberId,
    data: read.scope === 'digest' ? { digestOptIn: false } : { remindersOptIn: false },
    depth: 0,
    context: { fazaaSystem: true },
  })
  return read
}
