import type { CollectionBeforeValidateHook } from 'payload'

import { textsInOtherLanguages } from '../lib/textsInOtherLanguages'

/**
 * A required text that is the same in every language (a person's name) stands for every
 * language until someone writes it otherwise. Someone who joined in English has no Arabic name;
 * any later save in Arabic (the default language: their calendar token, an admin's change) was
 * refused for the missing required field. Such a save takes the name from the other language
 * instead. A name cleared on purpose (sent as empty) is still refused. Texts that are translated
 * rather than copied (a proposal's title) are required in one language instead
 * (requireTextInSomeLanguage).
 */
export const carryAcrossLanguages =
  (table: string, fields: readonly string[]): CollectionBeforeValidateHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!data || operation !== 'update' || originalDoc?.id == null) return data
    const carried: Record<string, string> = {}
    for (const field of fields) {
      if (data[field] !== undefined || originalDoc[field]) continue
      const [written] = await textsInOtherLanguages(req, table, originalDoc.id, field)
      if (written) carried[field] = written
    }
    return { ...data, ...carried }
  }
