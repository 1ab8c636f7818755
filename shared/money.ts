import type { TownCurrency } from './domain/vocabulary'
import { intlLocale, type Locale } from './i18n/locales'
import { toLatinDigits } from './text/latinDigits'

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

/**
 * A typed amount ("25", "25.50", "25,50", "1,000", "١٠٠", "٢٬٣٠٠") in minor units, or null when it
 * is not an amount. A comma followed by one or two digits at the end is a decimal comma;
 * otherwise commas and spaces group thousands. Every form that takes money reads it with this
 * (donate, proposal, expense, the admin's amount fields).
 */
export const parseAmount = (typed: string): number | null => {
  let text = toLatinDigits(typed.trim()).replace(/[\s\u00a0\u202f']/g, '')
  if (!text) return null
  const decimalComma = /,\d{1,2}$/.test(text) && !text.includes('.')
  text = decimalComma ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '')
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) return null
  const minor = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(minor) ? minor : null
}

/**
 * Minor units as a person types them back: 230000 → "2300", 230050 → "2300.50" (no grouping, so
 * that editing it and reading it with parseAmount gives the same number again).
 */
export const typedAmountOf = (minor: number): string =>
  new Intl.NumberFormat('en', {
    useGrouping: false,
    minimumFractionDigits: minor % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(minor / 100)
