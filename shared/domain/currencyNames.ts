import type { Locale } from '../i18n/locales'

const NAMES: Record<Locale, Intl.DisplayNames> = {
  ar: new Intl.DisplayNames(['ar'], { type: 'currency' }),
  en: new Intl.DisplayNames(['en'], { type: 'currency' }),
}

/** A currency as its reader says it («يورو», "Euro"), not its code: the code is for the ledger. */
export const currencyName = (code: string, locale: Locale): string => NAMES[locale].of(code) ?? code
