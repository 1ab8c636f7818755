import { fail, ok, type RuleResult } from './result'

/**
 * Passwords: at least 10 characters (long beats clever), at most 200 (a hash of a megabyte of
 * password is a way to burn the server's CPU). The portal's reset form and the CMS (REST,
 * GraphQL, the admin, first registration) hold the same numbers.
 */
export const PASSWORD_LIMITS = Object.freeze({ min: 10, max: 200 })

export const checkPassword = (password: unknown): RuleResult => {
  if (typeof password !== 'string') return ok()
  if (password.length < PASSWORD_LIMITS.min) {
    return fail('password-length', { min: PASSWORD_LIMITS.min, max: PASSWORD_LIMITS.max })
  }
  if (password.length > PASSWORD_LIMITS.max) {
    return fail('password-length', { min: PASSWORD_LIMITS.min, max: PASSWORD_LIMITS.max })
  }
  return ok()
}

/**
 * How long one sign-in lasts at most, refreshes included: a stolen token cannot be kept alive
 * for ever by refreshing it (each refresh moves the 7-day expiry, never past this).
 */
export const SESSION_MAX_AGE_DAYS = 30

export const isSessionTooOld = (createdAt: Date, now: Date): boolean =>
  now.getTime() - createdAt.getTime() > SESSION_MAX_AGE_DAYS * 24 * 60 * 60 * 1000
