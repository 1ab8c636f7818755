import type { Localized } from './locales'

/**
 * What a form says under a field it cannot take, in both languages: the same words on every form
 * of the portal (the rules' own refusals are in ruleMessages.ts).
 */
export const FIELD_MESSAGES = {
  required: { ar: 'هذا الحقل مطلوب.', en: 'This field is required.' } satisfies Localized,
  tooLong: (max: number): Localized => ({
    ar: `طويل: ${max} حرفاً على الأكثر.`,
    en: `Too long: at most ${max} characters.`,
  }),
  wholeNumber: { ar: 'اكتب رقماً صحيحاً.', en: 'Write a whole number.' } satisfies Localized,
}
