import type { TownCurrency } from './domain/vocabulary'
import { intlLocale, type Locale } from './i18n/locales'

/** Money is whole minor units (cents) and a currency; never a float. */
export interface Money {
  amount: number
  currency: TownCurrency
}

export const isMinorUnits = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/** 230000 EUR cents in Arabic → "‏2,300.00 €" with the locale's own digits and signs. */
export const formatMoney = ({ amount, currency }: Money, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency,
    maximumFractionDigits: amount % 100 === 0 ? 0 : 2,
  }).format(amount / 100)
