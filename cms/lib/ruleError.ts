import { APIError, type PayloadRequest } from 'payload'

import type { RuleResult, RuleViolation } from '@fazaa/shared/rules/result'
import { localeOfRequest } from './localeOfRequest'

/**
 * A broken rule as Payload sends it: HTTP 400, the rule's own message in the reader's language
 * (Payload would otherwise say only "The following field is invalid"), and the rule's code and
 * both translations in `data` so a client can show either.
 */
export class RuleError extends APIError<{
  rule: string
  params: RuleViolation['params']
  messages: RuleViolation['message']
}> {
  constructor(violation: RuleViolation, req?: Partial<PayloadRequest>, status = 400) {
    super(
      violation.message[localeOfRequest(req)],
      status,
      { rule: violation.code, params: violation.params, messages: violation.message },
      true,
    )
    // Payload names an error by its class (`constructor.name`), which the production build
    // minifies: a refusal was then not found in `loggingLevels` and logged as a server error.
    this.name = 'RuleError'
  }
}

/** Throws the rule's error when the result is a violation; a hook's one-line guard. */
export const assertRule = (result: RuleResult, req?: Partial<PayloadRequest>): void => {
  if (!result.ok) throw new RuleError(result, req)
}

/**
 * An afterError hook's answer for a violation: the status, and the body Payload's REST errors
 * have, with the rule's message in the reader's language and its code and both translations.
 */
export const ruleErrorResponse = (
  violation: RuleViolation,
  req: Partial<PayloadRequest> | undefined,
  status = 400,
) => ({
  status,
  response: {
    errors: [
      {
        message: violation.message[localeOfRequest(req)],
        data: { rule: violation.code, messages: violation.message },
      },
    ],
  },
})
