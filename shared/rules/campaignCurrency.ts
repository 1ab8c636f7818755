import { fail, ok, type RuleResult } from './result'

/**
 * Everything booked to a campaign (gifts, transfers, expenses) is in the campaign's currency, so
 * that raised, transferred, fees, spent and balance are sums of like with like.
 */
export const checkCampaignCurrency = (
  currency: string | null | undefined,
  campaignCurrency: string,
  code: 'donation-currency' | 'money-currency-of-campaign' = 'money-currency-of-campaign',
): RuleResult =>
  currency == null || currency === campaignCurrency
    ? ok()
    : fail(code, { currency: campaignCurrency })
