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

/** A host no address of ours has, to read `next` against. */
const HERE = 'http://portal.invalid'
// Control and direction-override characters: no link of ours has one, and browsers drop some
// (a TAB in "/\t/evil.example" leaves "//evil.example", another host).
const UNSEEMLY = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/u

/**
 * Where to go after signing in: a path on this site only, never another host. Read as a browser
 * reads it (the URL parser), so no spelling of another host gets through; given back as the
 * parsed path, query and fragment.
 */
export const safeNext = (next: string | null | undefined, fallback: string): string => {
  if (!next || !next.startsWith('/') || next.includes('\\') || UNSEEMLY.test(next)) return fallback
  try {
    const url = new URL(next, HERE)
    return url.origin === HERE ? `${url.pathname}${url.search}${url.hash}` : fallback
  } catch {
    return fallback
  }
}
