import type { Currency } from '../domain/vocabulary'
import { fail, type RuleViolation } from './result'
import { toLatinDigits } from '../text/latinDigits'

/**
 * The smallest and largest gift the donate form takes, in minor units of the campaign's currency.
 * Card networks refuse tiny charges (Stripe's floor is about 0.50); a gift above the ceiling is
 * far more often a typing slip than generosity, and a bank transfer suits it better anyway.
 */
export const DONATION_LIMITS = Object.freeze({ minMinor: 100, maxMinor: 2_500_000 })

/**
 * A typed amount ("25", "25.50", "25,50", "1,000", "١٠٠") in minor units, or null when it is not
 * an amount. A comma followed by one or two digits at the end is a decimal comma; otherwise
 * commas and spaces group thousands.
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

export interface DonationRequest {
  /** What the donor typed or chose. */
  amount: string
  currency: string
  campaignCurrency: Currency
}

export type DonationCheck = { ok: true; amount: number } | RuleViolation

/** The donate form's rule: an amount in the campaign's currency, within the limits. */
export const checkDonation = ({
  amount,
  currency,
  campaignCurrency,
}: DonationRequest): DonationCheck => {
  if (currency !== campaignCurrency)
    return fail('donation-currency', { currency: campaignCurrency })
  const minor = parseAmount(amount)
  if (minor == null) return fail('donation-amount-invalid')
  const params = {
    min: DONATION_LIMITS.minMinor / 100,
    max: DONATION_LIMITS.maxMinor / 100,
    currency: campaignCurrency,
  }
  if (minor < DONATION_LIMITS.minMinor) return fail('donation-amount-too-small', params)
  if (minor > DONATION_LIMITS.maxMinor) return fail('donation-amount-too-large', params)
  return { ok: true, amount: minor }
}
