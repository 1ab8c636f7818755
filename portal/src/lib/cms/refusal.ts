import { APIError, ValidationError } from 'payload'

import type { Localized } from '../../../../shared/i18n/locales'
import { fail } from '../../../../shared/rules/result'

export interface Refusal {
  rule: string | null
  message: Localized
}

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
    return {
      rule: 'forbidden',
      message: { ar: 'لا تملك الإذن بهذا.', en: 'You are not allowed to do this.' },
    }
  }
  throw error
}

/**
 * A form named a row that is not among those the page offered (an id typed by hand, a forged
 * choice): nothing is asked of the CMS.
 */
const unknownChoice = fail('form-unknown-choice')
export const UNKNOWN_CHOICE: Refusal = { rule: unknownChoice.code, message: unknownChoice.message }
