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
