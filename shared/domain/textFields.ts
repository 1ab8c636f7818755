/** The texts written once and read in both languages until translated, named in each. */
export const TEXT_FIELDS = {
  title: { ar: 'العنوان', en: 'title' },
  summary: { ar: 'الملخص', en: 'summary' },
  description: { ar: 'الوصف', en: 'description' },
} as const
export type TextField = keyof typeof TEXT_FIELDS
