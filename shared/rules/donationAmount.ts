import type { Currency } from '../domain/vocabulary'
import { fail, type RuleViolation } from './result'
import { parseAmount } from '../money'

/**
 * The smallest and largest gift the donate form takes, in minor units of the campaign's currency.
 * Card networks refuse tiny charges (Stripe's floor is about 0.50); a gift above the ceiling is
 * far more often a typing slip than generosity, and a bank transfer suits it better anyway.
 */
export const DONATION_LIMITS = Object.freeze({ minMinor: 100, maxMinor: 2_500_000 })

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
