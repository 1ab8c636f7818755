import type { Member } from '@fazaa/cms/types'
import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import { APIError } from 'payload'
import type { ThrottleAnswer } from '@fazaa/cms/plugins/throttle'

import { sqlHandle } from '@fazaa/cms/lib/db'
import { signInLinkEmail } from '@fazaa/cms/plugins/mail/templates/accountMail'
import type { Locale } from '@fazaa/shared/i18n/locales'
import { cms } from './client'
import { hashOf, mayMail, openSession, type SignInResult } from './session'

// Signing in by an emailed link, and choosing a new password by one.

/** How long an emailed sign-in link works. */
export const SIGN_IN_LINK_MINUTES = 15

/**
 * Mails a one-time sign-in link when the address belongs to a member (who has not left), within
 * the mail caps. Says nothing about the address: the form answers the same for any, so it cannot
 * be used to find out who is a member.
 */
export const sendSignInLink = async (
  email: string,
  locale: Locale,
  portalUrl: string,
  clientAddress: string,
): Promise<ThrottleAnswer> => {
  const payload = await cms()
  const allowed = await mayMail(payload, clientAddress, email.trim().toLowerCase())
  if (!allowed.ok || !allowed.toAddress) return allowed.ok ? { ok: true } : allowed
  const { docs } = await payload.find({
    collection: 'members',
    where: { email: { equals: email.trim().toLowerCase() }, status: { not_equals: 'left' } },
    limit: 1,
    depth: 0,
  })
  const member = docs[0]
  if (!member) return { ok: true }
  const token = randomBytes(32).toString('base64url')
  await payload.create({
    collection: 'sign-in-links',
    data: {
      member: member.id,
      tokenHash: hashOf(token),
      expiresAt: new Date(Date.now() + SIGN_IN_LINK_MINUTES * 60_000).toISOString(),
    },
  })
  const link = `${portalUrl}${locale === 'en' ? '/en' : ''}/signin/link/?token=${token}`
  await payload.sendEmail({ to: member.email, ...signInLinkEmail(locale, member.name, link) })
  return { ok: true }
}

/**
 * Uses a sign-in link: one UPDATE marks it used only if it is unused and unexpired, so a link
 * works once even when two tabs (or a mail scanner and the member) race for it.
 */
export const signInWithLink = async (token: string): Promise<SignInResult> => {
  const payload = await cms()
  const db = await sqlHandle(payload)
  const { rows } = await db.execute(sql`
    UPDATE sign_in_links SET used_at = now()
    WHERE token_hash = ${hashOf(token)} AND used_at IS NULL AND expires_at > now()
    RETURNING member_id
  `)
  const memberId = (rows[0] as { member_id: number } | undefined)?.member_id
  if (memberId == null) return { ok: false, reason: 'expired' }
  const member = await payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    showHiddenFields: true,
  })
  if (!member || member.status === 'left') return { ok: false, reason: 'expired' }
  return { ok: true, session: await openSession(payload, member), member }
}

/**
 * Starts a password reset: Payload makes and stores the token (without its own email, which
 * would point at the admin), and the member gets a link to the portal's reset form.
 */
export const sendPasswordReset = async (
  email: string,
  locale: Locale,
  portalUrl: string,
  clientAddress: string,
): Promise<ThrottleAnswer> => {
  const payload = await cms()
  const allowed = await mayMail(payload, clientAddress, email.trim().toLowerCase())
  if (!allowed.ok || !allowed.toAddress) return allowed.ok ? { ok: true } : allowed
  const token = await payload.forgotPassword({
    collection: 'members',
    data: { email: email.trim().toLowerCase() },
    disableEmail: true,
  })
  if (!token) return { ok: true }
  const link = `${portalUrl}${locale === 'en' ? '/en' : ''}/reset/?token=${token}`
  const { docs } = await payload.find({
    collection: 'members',
    where: { email: { equals: email.trim().toLowerCase() } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) {
    await payload.sendEmail({
      to: docs[0].email,
      ...signInLinkEmail(locale, docs[0].name, link, 'reset'),
    })
  }
  return { ok: true }
}

/** Sets a new password with a reset token and signs the member in. */
export const resetPassword = async (token: string, password: string): Promise<SignInResult> => {
  const payload = await cms()
  try {
    const result = await payload.resetPassword({
      collection: 'members',
      data: { token, password },
      overrideAccess: true,
    })
    if (!result.token) return { ok: false, reason: 'expired' }
    // The token Payload just signed lives as long as any of its sessions.
    const seconds = payload.collections.members.config.auth.tokenExpiration
    return {
      ok: true,
      session: { token: result.token, expires: new Date(Date.now() + seconds * 1000) },
      member: result.user as unknown as Member,
    }
  } catch (error) {
    // Payload's answer to a wrong or used token; anything else (the database down) is not
    // "expired" and must surface as the error it is.
    if (error instanceof APIError) return { ok: false, reason: 'expired' }
    throw error
  }
}
