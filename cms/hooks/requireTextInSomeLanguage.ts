import type { CollectionBeforeChangeHook } from 'payload'

import type { TextField } from '@fazaa/shared/domain/textFields'
import { checkWrittenInSomeLanguage } from '@fazaa/shared/rules/textInSomeLanguage'
import { assertRule } from '../lib/ruleError'
import { textsInOtherLanguages } from '../lib/textsInOtherLanguages'

/**
 * Texts written in one language and read in the other until someone translates them (a proposal
 * sent from the English portal, an expense line). Each is required in one language at least; a
 * save in a language that has none yet is not refused, and writes nothing in its place: readers
 * of that language get the other language's text (Payload's fallback), and the admin sees it as
 * not yet translated, instead of English stored as if it were Arabic.
 */
export const requireTextInSomeLanguage =
  (table: string, fields: readonly TextField[]): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    for (const field of fields) {
      const here: unknown =
        data[field] !== undefined
          ? data[field]
          : operation === 'update'
            ? originalDoc?.[field]
            : undefined
      if (typeof here === 'string' && here.trim() !== '') continue
      // Left empty here: stored as nothing, so that this language reads the other one's.
      if (data[field] === '') data[field] = null
      const elsewhere =
        operation === 'update' && originalDoc?.id != null
          ? await textsInOtherLanguages(req, table, originalDoc.id, field)
          : []
      assertRule(checkWrittenInSomeLanguage(field, [here, ...elsewhere]), req)
    }
    return data
  }
