import type { Member } from '@fazaa/cms/types'
import { createHash, randomUUID } from 'node:crypto'

import { AuthenticationError, getFieldsToSign, jwtSign, type Payload } from 'payload'

import { sqlHandle } from '@fazaa/cms/lib/db'
import { isDatabaseUnavailable } from '@fazaa/cms/lib/databaseUnavailable'
import { RuleError } from '@fazaa/cms/lib/ruleError'
import { onBehalfOf, takeThrottle, type ThrottleAnswer } from '@fazaa/cms/plugins/throttle'
import { sql } from '@payloadcms/db-postgres'
import { cms } from './client'

// Sessions: opening one (a password, a link, a reset), reading it back, closing it.

export interface Session {
  token: string
  expires: Date
}

export type SignInResult =
  | { ok: true; session: Session; member: Member }
  | { ok: false; reason: 'wrong' | 'expired' }
  | { ok: false; reason: 'throttled'; waitSeconds: number }

/**
 * The session token, handed to Payload as the portal server's own credential (a `JWT` header),
 * not as the browser's cookie with the browser's `Origin`. Payload trusts a cookie only from the
 * origins of its CSRF list (the CMS's public address), which guards Payload's own endpoints; the
 * portal's forms come from the portal's origin, so passing the browser's headers made every
 * signed-in post look signed out on `npm start`. Where a post came from is the portal's to check,
 * and it does before any page runs (Astro's origin check, and the cookie is SameSite=Lax), on
 * whatever host name the portal is reached by. Payload still verifies the token's signature and
 * expiry and that its session is open.
 */
const credentialOf = (token: string) => new Headers({ Authorization: `JWT ${token}` })

/** The member of a session token (signed by Payload, its session still open), or null. */
export const memberOfSession = async (token: string): Promise<Member | null> => {
  const payload = await cms()
  let user: Awaited<ReturnType<Payload['auth']>>['user'] = null
  try {
    ;({ user } = await payload.auth({ headers: credentialOf(token) }))
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error
  }
  if (user?.collection === 'members') return user as Member
  // Payload answers "nobody" when it could not look the session up, too. A database that is down
  // is not a signed-out member: sending them to sign in would fail as well, so the error page
  // says "try again in a minute" (503) instead. One trivial query, only for a cookie that did
  // not open a session.
  await (await sqlHandle(payload)).execute(sql`SELECT 1`)
  return null
}

export const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * A session for a member who proved who they are some other way than a password (an emailed
 * link): the same record and the same JWT Payload's own login makes, so the admin panel, the REST
 * API and `payload.auth` accept it and sign-out revokes it.
 */
export const openSession = async (payload: Payload, member: Member): Promise<Session> => {
  const collectionConfig = payload.collections.members.config
  const tokenExpiration = collectionConfig.auth.tokenExpiration
  const now = new Date()
  const expires = new Date(now.getTime() + tokenExpiration * 1000)
  const sid = randomUUID()
  const sessions = [
    ...(member.sessions ?? []).filter((session) => new Date(session.expiresAt) > now),
    { id: sid, createdAt: now.toISOString(), expiresAt: expires.toISOString() },
  ]
  await payload.db.updateOne({
    collection: 'members',
    id: member.id,
    data: { sessions },
    returning: false,
  })
  const { token } = await jwtSign({
    fieldsToSign: getFieldsToSign({
      collectionConfig,
      email: member.email,
      user: { ...member, collection: 'members' } as never,
      sid,
    }),
    secret: payload.secret,
    tokenExpiration,
  })
  return { token, expires }
}

/**
 * Email and password, through Payload's login, on behalf of the visitor's address: the CMS
 * throttles that address's attempts (cms/plugins/throttle), the same for any account.
 */
export const signInWithPassword = async (
  email: string,
  password: string,
  clientAddress: string,
): Promise<SignInResult> => {
  const payload = await cms()
  try {
    const result = await payload.login({
      collection: 'members',
      data: { email, password },
      req: { headers: onBehalfOf(clientAddress) },
    })
    if (!result.token || !result.exp) return { ok: false, reason: 'wrong' }
    return {
      ok: true,
      session: { token: result.token, expires: new Date(result.exp * 1000) },
      member: result.user as Member,
    }
  } catch (error) {
    if (error instanceof RuleError && error.data.rule === 'too-many-attempts') {
      return { ok: false, reason: 'throttled', waitSeconds: Number(error.data.params.seconds) }
    }
    if (error instanceof AuthenticationError) return { ok: false, reason: 'wrong' }
    throw error
  }
}

/**
 * The mail caps of shared/rules/throttle.ts for a mail the portal sends itself: the client's
 * (refused: the visitor is told to wait) and the address's (refused: no mail, and the same
 * answer as a sent one, so the form never tells who is a member).
 */
export const mayMail = async (
  payload: Payload,
  clientAddress: string,
  email: string,
): Promise<ThrottleAnswer & { toAddress?: boolean }> => {
  const byClient = await takeThrottle(payload, 'mailByClient', clientAddress)
  if (!byClient.ok) return byClient
  const byAddress = await takeThrottle(payload, 'mailByAddress', email)
  return { ok: true, toAddress: byAddress.ok }
}

/** Closes the session of a token (its `sid` leaves the member's open sessions). */
export const signOut = async (token: string | undefined): Promise<void> => {
  if (!token) return
  const payload = await cms()
  const { user } = await payload.auth({ headers: credentialOf(token) })
  const sid = (user as { _sid?: string } | null)?._sid
  if (!user || user.collection !== 'members' || !sid) return
  const member = await payload.findByID({
    collection: 'members',
    id: user.id,
    depth: 0,
    showHiddenFields: true,
  })
  await payload.db.updateOne({
    collection: 'members',
    id: member.id,
    data: { sessions: (member.sessions ?? []).filter((session) => session.id !== sid) },
    returning: false,
  })
}
