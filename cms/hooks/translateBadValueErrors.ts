import type { AfterErrorHook } from 'payload'

import { fail } from '@fazaa/shared/rules/result'
import { ruleErrorResponse } from '../lib/ruleError'
import { violationOfConstraint } from './translateConstraintErrors'

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: "abc" as an integer id, the 45th of a month,
 * a number out of range, a NUL character), "statement too complex" (54001, a where clause
 * nested thousands deep) and a reference to a row that does not exist (23503 on insert) are the
 * client's mistake, not the server's. Payload passes query values
 * and ids to the database as they came, so these surface from its REST API as 500 unless
 * translated here: 400 with the rule's words, nothing written (the transaction is already rolled
 * back).
 */
const CLIENT_VALUE_CODES = /^(22\w{3}|54001|23503)$/

const databaseCodeOf = (error: unknown, depth = 0): string | null => {
  if (!error || typeof error !== 'object' || depth > 5) return null
  const { code, cause } = error as { code?: unknown; cause?: unknown }
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  return databaseCodeOf(cause, depth + 1)
}

export const isClientValueError = (error: unknown): boolean =>
  CLIENT_VALUE_CODES.test(databaseCodeOf(error) ?? '')

export const translateBadValueErrors: AfterErrorHook = ({ error, req }) => {
  // A constraint that holds one of our rules has its own words (translateConstraintErrors).
  if (!isClientValueError(error) || violationOfConstraint(error)) return
  const violation = fail('request-bad-value')
  return ruleErrorResponse(violation, req)
}
