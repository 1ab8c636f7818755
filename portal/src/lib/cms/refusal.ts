import { APIError, ValidationError } from 'payload'

import type { Localized } from '@fazaa/shared/i18n/locales'
import { fail, type RuleViolation } from '@fazaa/shared/rules/result'

export interface Refusal {
  rule: string | null
  message: Localized
}

/** A rule the portal checks itself (before asking the CMS), as a refusal like the CMS's. */
export const refusalOfRule = (violation: RuleViolation): Refusal => ({
  rule: violation.code,
  message: violation.message,
})

/** Turns the CMS's refusal of a member's action into words for the member; rethrows the rest. */
export const refusalOf = (error: unknown): Refusal => {
  if (error instanceof APIError && error.status === 400) {
    const data = error.data as { rule?: string; messages?: Localized } | undefined
    if (data?.messages) return { rule: data.rule ?? null, message: data.messages }
  }
  if (error instanceof ValidationError) {
    return { rule: null, message: { ar: error.message, en: error.message } }
  }
  if (error instanceof APIError && (error.status === 403 || error.status === 404)) {
    return refusalOfRule(fail('forbidden'))
  }
  throw error
}

/**
 * A form named a row that is not among those the page offered (an id typed by hand, a forged
 * choice): nothing is asked of the CMS.
 */
export const UNKNOWN_CHOICE: Refusal = refusalOfRule(fail('form-unknown-choice'))
