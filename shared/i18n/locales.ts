/** The fellowship reads Arabic first; English is the second language everywhere. */
export const LOCALES = ['ar', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'ar'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** Text direction for a locale, for `dir` attributes and logical CSS. */
export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr')

/** The Intl locale we format numbers, money and dates with: Syrian Arabic, British English. */
export const intlLocale = (locale: Locale): string => (locale === 'ar' ? 'ar-SY' : 'en-GB')

/** A month ("2026-12") as the reader says it: «كانون الأول ٢٠٢٦», "December 2026". */
export const formatMonth = (month: string, locale: Locale): string =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T12:00:00Z`))

/** A date and time written out in full in a reader's language and time zone (emails, pages). */
export const formatDateTime = (iso: string, locale: Locale, timeZone: string): string =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso))

/**
 * A date as the admin's lists and the portal write it: the day before the month, the months of
 * the Levant and Arabic digits in Arabic («٤ كانون الأول ٢٠٢٦، ١٨:٠٠»), "4 December 2026, 18:00"
 * in English; a 24-hour clock in both. A day-only date is read at UTC, where it is stored at noon.
 */
export const formatAdminDate = (
  iso: string,
  locale: Locale,
  {
    withTime,
    timeZone,
    namedZone = false,
  }: { withTime: boolean; timeZone: string; namedZone?: boolean },
): string =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    // «… ١٩:٠٠ توقيت سوريا»: a time with the zone it is in, when the reader may be elsewhere.
    ...(withTime && namedZone ? { timeZoneName: 'longGeneric' } : {}),
    timeZone: withTime ? timeZone : 'UTC',
  }).format(new Date(iso))

/** A string in every locale: the shape of every label and message we show. */
export type Localized = Record<Locale, string>

/** Picks the best locale from a list of candidates (user preference, Accept-Language...). */
export const pickLocale = (...candidates: unknown[]): Locale => {
  for (const candidate of candidates) {
    if (isLocale(candidate)) return candidate
    if (typeof candidate === 'string') {
      const primary = candidate
        .split(/[-_,;]/)[0]
        ?.trim()
        .toLowerCase()
      if (isLocale(primary)) return primary
    }
  }
  return DEFAULT_LOCALE
}
