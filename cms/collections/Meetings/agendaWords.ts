import type { Locale } from '@fazaa/shared/i18n/locales'

/** The words the suggested Big Sunday agenda is written in, Arabic first. */
export const AGENDA_WORDS = {
  ar: {
    noProgramme: 'لا لقاءات مقررة للشهر القادم بعد.',
  },
  en: {
    noProgramme: 'No meetings planned for next month yet.',
  },
} as const satisfies Record<Locale, unknown>
