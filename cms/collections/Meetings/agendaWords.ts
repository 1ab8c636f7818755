import type { Locale } from '@fazaa/shared/i18n/locales'

/** The words the suggested Big Sunday agenda is written in, Arabic first. */
export const AGENDA_WORDS = {
  ar: {
    selected: (title: string) => `المقترح الذي اختاره التصويت: ${title}`,
    noSelected: 'لم يُختر مقترح بعد: راجع نتيجة التصويت الأخير.',
    figures: (raised: string, spent: string) => `جُمع ${raised} وصُرف ${spent}.`,
    noLast: 'لا حملة في الشهر الماضي.',
    noProgramme: 'لا لقاءات مقررة للشهر القادم بعد.',
  },
  en: {
    selected: (title: string) => `The proposal the vote selected: ${title}`,
    noSelected: 'No proposal selected yet: check the last vote.',
    figures: (raised: string, spent: string) => `${raised} raised, ${spent} spent.`,
    noLast: 'No campaign last month.',
    noProgramme: 'No meetings planned for next month yet.',
  },
} as const satisfies Record<Locale, unknown>
