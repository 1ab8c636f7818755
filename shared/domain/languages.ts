import type { Locale } from '../i18n/locales'
import { searchable } from '../text/searchable'

/**
 * The languages a member may say they work in, as ISO 639 codes: picked from a list, never typed
 * ("Deutsch", "German", «ألماني» were three languages), and shown by name in the reader's language
 * (`Intl.DisplayNames`). The most spoken in the fellowship come first; the database keeps these
 * values as an enum.
 */
// prettier-ignore
export const LANGUAGE_CODES = [
  // The fellowship's own, and the languages of the countries it lives in.
  'ar', 'en', 'de', 'fr', 'tr', 'sv', 'nl', 'da', 'no', 'fi', 'es', 'it',
  // The region's neighbours and minorities.
  'ku', 'ckb', 'hy', 'syr', 'ady', 'fa', 'az',
  // Everywhere else a member may have worked or studied.
  'pt', 'el', 'ro', 'pl', 'ru', 'uk', 'hu', 'cs', 'bg', 'hr', 'sr', 'bs', 'sq', 'ur', 'hi', 'zh',
  'ja', 'ko', 'id',
] as const

export type LanguageCode = (typeof LANGUAGE_CODES)[number]

/** The ones shown first in the profile's picker; the rest are one tap away. */
export const COMMON_LANGUAGES: readonly LanguageCode[] = LANGUAGE_CODES.slice(0, 12)

const names = {
  ar: new Intl.DisplayNames(['ar'], { type: 'language' }),
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
}

export const isLanguageCode = (value: unknown): value is LanguageCode =>
  (LANGUAGE_CODES as readonly unknown[]).includes(value)

/** «الألمانية» / "German"; a value that is not a code (an old row) is shown as it is. */
export const languageName = (code: string, locale: Locale): string =>
  isLanguageCode(code) ? (names[locale].of(code) ?? code) : code

/**
 * The code of a language named in Arabic or English ("German", «الألمانية», "de"): for rows and
 * imports written before languages were codes. Null when no language has that name.
 */
export const languageCodeOf = (text: string): LanguageCode | null => {
  const wanted = searchable(text)
  if (!wanted) return null
  return (
    LANGUAGE_CODES.find(
      (code) =>
        code === wanted ||
        searchable(languageName(code, 'en')) === wanted ||
        searchable(languageName(code, 'ar')) === wanted,
    ) ?? null
  )
}
