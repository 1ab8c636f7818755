import type { CollectionBeforeChangeHook } from 'payload'

import {
  approvalStillHolds,
  checkApprovedAsSubmitted,
  checkExpenseApprover,
  checkExpenseReceipt,
  checkRejectionReason,
} from '@fazaa/shared/rules/expenseApproval'
import { assertRule } from '../../../lib/ruleError'
import type { Expense } from '../../../payload-types'

/**
 * Rule 9: the submitter is whoever records the expense; its approver is someone else, who
 * approves it as it was submitted and not without its receipt; a rejection says why; and a
 * change to an approved expense sends it back for approval. The description is written per
 * language: writing it in a language that had none translates what was submitted, so it is not a
 * change (nor is leaving it empty there); rewriting one is.
 */
export const enforceExpenseApproval: CollectionBeforeChangeHook<Expense> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'create' && req.user) data.submittedBy = req.user.id
  const changes = translates(originalDoc, data) ? { ...data, description: undefined } : data
  if (originalDoc?.status === 'approved' && !approvalStillHolds(originalDoc, changes)) {
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
  if (becomesApproved) {
    if (operation === 'update' && originalDoc)
      assertRule(checkApprovedAsSubmitted(originalDoc, changes), req)
    assertRule(checkExpenseReceipt(merged), req)
  }
  if (merged.status !== 'rejected') data.rejectionReason = null
  else assertRule(checkRejectionReason(merged), req)
  return data
}

/** A description saved in a language that had none yet: a translation. */
const translates = (originalDoc: Expense | undefined, data: Partial<Expense>) =>
  originalDoc !== undefined && !originalDoc.description && data.description !== undefined
