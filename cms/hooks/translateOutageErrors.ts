import type { AfterErrorHook } from 'payload'

import { fail } from '@fazaa/shared/rules/result'
import { isDatabaseUnavailable } from '../lib/databaseUnavailable'
import { ruleErrorResponse } from '../lib/ruleError'

/**
 * The database cannot be reached (restarting, down): the REST API and the admin answer 503 "try
 * again in a minute" instead of a bare 500. Nothing was written: the request's transaction never
 * reached the database, or was rolled back by its restart.
 */
export const translateOutageErrors: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  return ruleErrorResponse(fail('database-unavailable'), req, 503)
}
