import type { CollectionBeforeChangeHook } from 'payload'

import {
  approvalStillHolds,
  checkExpenseApprover,
  checkExpenseReceipt,
} from '@fazaa/shared/rules/expenseApproval'
import { assertRule } from '../../../lib/ruleError'
import type { Expense } from '../../../payload-types'

/**
 * Rule 9: the submitter is whoever records the expense; its approver is someone else, nothing
 * is approved without its receipt, and a change to an approved expense sends it back for
 * approval.
 */
export const enforceExpenseApproval: CollectionBeforeChangeHook<Expense> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'create' && req.user) data.submittedBy = req.user.id
  if (originalDoc?.status === 'approved' && !approvalStillHolds(originalDoc, data)) {
    data.status = 'submitted'
  }
  const becomesApproved = data.status === 'approved' && originalDoc?.status !== 'approved'
  if (becomesApproved && req.user) data.approvedBy = req.user.id
  if (data.status && data.status !== 'approved') data.approvedBy = null
  const merged = { ...originalDoc, ...data }
  assertRule(
    checkExpenseApprover({ submittedBy: merged.submittedBy, approvedBy: merged.approvedBy }),
    req,
  )
  if (becomesApproved) assertRule(checkExpenseReceipt(merged), req)
  return data
}
