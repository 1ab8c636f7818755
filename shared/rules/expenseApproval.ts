import { fail, ok, type RuleResult } from './result'

/** Rule 9: four eyes on money: whoever submitted an expense does not approve it. */
export const checkExpenseApprover = ({
  submittedBy,
  approvedBy,
}: {
  submittedBy?: unknown
  approvedBy?: unknown
}): RuleResult =>
  submittedBy != null && approvedBy != null && String(submittedBy) === String(approvedBy)
    ? fail('expense-self-approval')
    : ok()

/** Rule 9: money out is published with its receipt, so none is approved without one. */
export const checkExpenseReceipt = ({
  status,
  receipt,
}: {
  status?: string | null
  receipt?: unknown
}): RuleResult =>
  status === 'approved' && receipt == null ? fail('expense-receipt-required') : ok()

/** What an approval vouches for: change any of these and the approval no longer holds. */
const APPROVED_FACTS = [
  'campaign',
  'description',
  'amount',
  'currency',
  'paidAt',
  'receipt',
] as const

type ExpenseFacts = Partial<Record<(typeof APPROVED_FACTS)[number], unknown>>

/** A fact as comparable text: a relationship as its id, populated or not; a date as its instant. */
const factOf = (fact: string, value: unknown): string => {
  if (value == null || value === '') return ''
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  if (fact === 'paidAt') return String(new Date(value as string).getTime())
  return String(value)
}

/**
 * Rule 9 after the approval: an approved expense whose amount, receipt, campaign or any other
 * fact changes goes back to "submitted" for a second pair of eyes; the approval was of what it
 * was, not of what it became.
 */
export const approvalStillHolds = (approved: ExpenseFacts, changed: ExpenseFacts): boolean =>
  APPROVED_FACTS.every(
    (fact) => !(fact in changed) || factOf(fact, changed[fact]) === factOf(fact, approved[fact]),
  )
