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

/**
 * Rule 9 at the approval: an admin approves what was submitted. Approving and changing the
 * amount, the description or any other fact in one save would approve what nobody submitted,
 * silently; they save their correction first (still "submitted"), then approve it.
 */
export const checkApprovedAsSubmitted = (
  submitted: ExpenseFacts,
  changed: ExpenseFacts,
): RuleResult =>
  approvalStillHolds(submitted, changed) ? ok() : fail('expense-approval-with-changes')

/** Rule 9 at a refusal: the lead is told why, so a rejection carries its reason. */
export const checkRejectionReason = ({
  status,
  rejectionReason,
}: {
  status?: string | null
  rejectionReason?: string | null
}): RuleResult =>
  status === 'rejected' && !rejectionReason?.trim() ? fail('expense-rejection-reason') : ok()
