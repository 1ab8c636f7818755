/** A campaign's money from donor to town, all in the campaign's currency (minor units). */
export interface CampaignLedger {
  /** Succeeded donations, less partial refunds. */
  raised: number
  /** Sent to the town, fees not included. */
  transferred: number
  /** What the transfer channels charged. */
  fees: number
  /** Approved expenses. */
  spent: number
  /** raised − fees − spent: what is left, wherever it is. */
  balance: number
  /** Raised but not yet sent: raised − transferred − fees. */
  heldAbroad: number
  /** Sent but not yet spent: transferred − spent. */
  heldInTown: number
}

export interface LedgerEntries {
  raised: number
  transfers: { amountSent: number; fees?: number | null }[]
  expenses: { amount: number }[]
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

/**
 * Every figure a campaign page shows, computed in one place so that they always add up:
 * balance = raised − fees − spent = heldAbroad + heldInTown.
 */
export const campaignLedger = ({ raised, transfers, expenses }: LedgerEntries): CampaignLedger => {
  const transferred = sum(transfers.map((transfer) => transfer.amountSent))
  const fees = sum(transfers.map((transfer) => transfer.fees ?? 0))
  const spent = sum(expenses.map((expense) => expense.amount))
  return {
    raised,
    transferred,
    fees,
    spent,
    balance: raised - fees - spent,
    heldAbroad: raised - transferred - fees,
    heldInTown: transferred - spent,
  }
}
