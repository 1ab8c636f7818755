import type { AfterErrorHook } from 'payload'

import type { RuleViolation } from '@fazaa/shared/rules/result'
import { localeOfRequest } from '../lib/localeOfRequest'

interface RuleErrorShape {
  status?: number
  data?: { rule?: unknown; params?: RuleViolation['params']; messages?: RuleViolation['message'] }
}

/**
 * A RuleError thrown by a hook keeps its rule, parameters and both translations in the answer.
 * Payload's own formatting keeps `data` only for errors that are `instanceof` its APIError, and
 * in the CMS's production build a hook's error may come from another copy of that class (the
 * answer was then only the message), so this is told by shape.
 */
export const translateRuleErrors: AfterErrorHook = ({ error, req }) => {
  const { status, data } = error as RuleErrorShape
  if (typeof data?.rule !== 'string' || !data.messages) return
  return {
    status: status ?? 400,
    response: {
      errors: [
        {
          message: data.messages[localeOfRequest(req)],
          data: { rule: data.rule, params: data.params ?? {}, messages: data.messages },
        },
      ],
    },
  }
}
