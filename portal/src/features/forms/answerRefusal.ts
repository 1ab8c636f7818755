import type { Locale } from '@fazaa/shared/i18n/locales'
import type { Refusal } from '../../lib/cms'

/**
 * A refused post is answered on its own page, with what was typed: the rule's words in the
 * reader's language, and 403 when the member may not do this at all, 422 when what they sent
 * breaks a rule they can put right.
 */
export const answerRefusal = (
  response: { status?: number },
  refusal: Refusal,
  locale: Locale,
): string => {
  response.status = refusal.rule === 'forbidden' ? 403 : 422
  return refusal.message[locale]
}
