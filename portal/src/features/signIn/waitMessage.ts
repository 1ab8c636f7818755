import type { Locale } from '@fazaa/shared/i18n/locales'
import { fail } from '@fazaa/shared/rules/result'

/**
 * A throttled form's answer: 429 with Retry-After, and the rule's words (how long to wait, in
 * the reader's language; for a sign-in, that no account was locked) for the page to show beside
 * the form, which keeps what was typed.
 */
export const waitMessage = (
  response: ResponseInit & { headers: Headers },
  seconds: number,
  locale: Locale,
  kind: 'sign-in' | 'mail' | 'application',
) => {
  response.status = 429
  response.headers.set('Retry-After', String(Math.max(1, Math.ceil(seconds))))
  return fail('too-many-attempts', { seconds, kind }).message[locale]
}
