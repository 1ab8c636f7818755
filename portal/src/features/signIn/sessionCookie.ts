import type { AstroCookies } from 'astro'

import { SESSION_COOKIE } from '../pageCache/cachePolicy'

/**
 * Payload's own session cookie, so the admin panel on the same host accepts the same sign-in:
 * HttpOnly (no script reads it), SameSite=Lax (no cross-site post carries it), Secure when the
 * portal is served over HTTPS.
 */
export const setSessionCookie = (
  cookies: AstroCookies,
  session: { token: string; expires: Date },
) =>
  cookies.set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: (process.env.PORTAL_PUBLIC_URL ?? '').startsWith('https://'),
    path: '/',
    expires: session.expires,
  })

/** The session token the browser sent, if any. */
export const sessionTokenOf = (cookies: AstroCookies): string | undefined =>
  cookies.get(SESSION_COOKIE)?.value

export const clearSessionCookie = (cookies: AstroCookies) =>
  cookies.delete(SESSION_COOKIE, { path: '/' })

/** Where to go after signing in: a path on this site only, never another host. */
export const safeNext = (next: string | null | undefined, fallback: string): string =>
  next && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : fallback
