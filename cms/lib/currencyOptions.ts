import { currencyName } from '@fazaa/shared/domain/currencyNames'

/** A currency select's choices, each named in the admin's language with its code («يورو (EUR)»). */
export const currencyOptions = (codes: readonly string[]) =>
  codes.map((code) => ({
    value: code,
    label: {
      ar: `${currencyName(code, 'ar')} (${code})`,
      en: `${currencyName(code, 'en')} (${code})`,
    },
  }))
