import { createHmac, timingSafeEqual } from 'node:crypto'

/** What a link turns off: the meeting digest, or the reminders. */
export type UnsubscribeScope = 'digest' | 'reminders'

const sign = (secret: string, scope: UnsubscribeScope, memberId: number) =>
  createHmac('sha256', secret).update(`unsubscribe:${scope}:${memberId}`).digest('base64url')

/**
 * A token for the link in an email that turns one kind of email off without signing in: the
 * member's id and scope, signed with the server's secret (nothing stored, nothing to expire; a
 * leaked link can only stop emails, which the member can turn back on in their profile).
 */
export const unsubscribeToken = (
  secret: string,
  scope: UnsubscribeScope,
  memberId: number,
): string => `${scope}.${memberId}.${sign(secret, scope, memberId)}`

/** The scope a token says it is for, unverified: for the page that asks before anything changes. */
export const claimedUnsubscribeScope = (token: string): UnsubscribeScope =>
  token.startsWith('reminders.') ? 'reminders' : 'digest'

/** The scope and member a token names, or null when it was not made with this secret. */
export const readUnsubscribeToken = (
  secret: string,
  token: string,
): { scope: UnsubscribeScope; memberId: number } | null => {
  const [scope, id, signature] = token.split('.')
  const memberId = Number(id)
  if (
    (scope !== 'digest' && scope !== 'reminders') ||
    !Number.isSafeInteger(memberId) ||
    !signature
  )
    return null
  const expected = Buffer.from(sign(secret, scope, memberId))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? { scope, memberId }
    : null
}
