import { parseAmount } from '@fazaa/shared/money'
import { formDate } from '../forms/formValues'
import { EXPENSE_LIMITS, REQUEST_LIMITS } from '@fazaa/shared/rules/limits'

export type ExpenseField = 'description' | 'amount' | 'paidAt' | 'receipt'

export interface ExpenseDraft {
  description: string
  amountText: string
  paidAt: string
}

/** The biggest receipt we take: a phone photo is 2-5 MB; anything bigger is not a receipt. */
export const RECEIPT_MAX_BYTES = REQUEST_LIMITS.uploadBytes
const RECEIPT_TYPES = /^(image\/(jpeg|png|webp|heic|heif)|application\/pdf)$/

/**
 * An expense as a lead posts it (multipart, with the receipt file). Returns what was typed (to
 * show again if refused), the problems by field, and the values when there are none.
 */
export const readExpenseForm = (data: FormData) => {
  const draft: ExpenseDraft = {
    description: String(data.get('description') ?? '')
      .trim()
      .slice(0, EXPENSE_LIMITS.description),
    amountText: String(data.get('amount') ?? '')
      .trim()
      .slice(0, 40),
    paidAt: String(data.get('paidAt') ?? '')
      .trim()
      .slice(0, 10),
  }
  const file = data.get('receipt')
  const receipt = file instanceof File && file.size > 0 ? file : null
  const amount = parseAmount(draft.amountText)
  const problems: Partial<Record<ExpenseField, 'missing' | 'invalid'>> = {}
  if (!draft.description) problems.description = 'missing'
  if (amount == null || amount <= 0) problems.amount = draft.amountText ? 'invalid' : 'missing'
  if (!receipt) problems.receipt = 'missing'
  else if (receipt.size > RECEIPT_MAX_BYTES || !RECEIPT_TYPES.test(receipt.type))
    problems.receipt = 'invalid'
  // Optional; when given, a day that exists.
  const paidAt = draft.paidAt ? formDate(draft.paidAt) : null
  if (draft.paidAt && !paidAt) problems.paidAt = 'invalid'
  return { draft, problems, values: receipt && amount ? { amount, receipt, paidAt } : null }
}
