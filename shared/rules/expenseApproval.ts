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
