import type { DonationMethod, DonationStatus } from '../domain/vocabulary'
import { fail, ok, type RuleResult } from './result'

interface DonationFacts {
  method?: DonationMethod | null
  status?: DonationStatus | null
  amount?: number | null
}

/**
 * What a person may do by hand to a donation: record and correct bank, cash and other gifts.
 * A card gift is Stripe's to move: marking an unpaid card gift "succeeded" by hand would put
 * money on the page that never arrived.
 */
export const checkManualDonationEdit = (
  before: DonationFacts | undefined,
  after: DonationFacts,
): RuleResult => {
  if (!before) return after.method === 'stripe' ? fail('donation-stripe-status') : ok()
  if (before.method === 'stripe') {
    const changed =
      (after.method ?? before.method) !== before.method ||
      (after.status ?? before.status) !== before.status ||
      (after.amount ?? before.amount) !== before.amount
    return changed ? fail('donation-stripe-status') : ok()
  }
  return after.method === 'stripe' ? fail('donation-stripe-status') : ok()
}
