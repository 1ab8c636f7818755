import type { DonationStatus } from '../domain/vocabulary'

/** What one payment event says about a donation: its status, and how much went back. */
export interface PaymentOutcome {
  status: DonationStatus
  refundedAmount?: number
}

// Later in a payment's life wins: a refund follows a success, which follows an attempt.
const RANK: Record<DonationStatus, number> = { pending: 0, failed: 1, succeeded: 2, refunded: 3 }

/**
 * A donation's status from every payment event heard for it, in any order: Stripe does not
 * promise order, and a retried event may arrive days late. Taking the furthest state (and the
 * largest refund) gives the same answer whatever the order, and the same again for duplicates.
 */
export const settleDonation = (
  amount: number,
  outcomes: PaymentOutcome[],
): { status: DonationStatus; refundedAmount: number } => {
  const refundedAmount = Math.min(
    amount,
    Math.max(0, ...outcomes.map((outcome) => outcome.refundedAmount ?? 0)),
  )
  let status: DonationStatus = outcomes.reduce<DonationStatus>(
    (furthest, { status }) => (RANK[status] > RANK[furthest] ? status : furthest),
    'pending',
  )
  // A refund proves the money had arrived, even if the success event is still on its way.
  if (refundedAmount > 0 && RANK[status] < RANK.succeeded) status = 'succeeded'
  if (refundedAmount >= amount && amount > 0) status = 'refunded'
  return { status, refundedAmount }
}

/** What a donation adds to its campaign: nothing unless it succeeded, less what was refunded. */
export const countedAmount = (donation: {
  status: DonationStatus
  amount: number
  refundedAmount?: number | null
}): number =>
  donation.status === 'succeeded' ? donation.amount - (donation.refundedAmount ?? 0) : 0
