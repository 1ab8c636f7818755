import type { CollectionBeforeOperationHook } from 'payload'

import { fail } from '@fazaa/shared/rules/result'
import { RuleError } from '../lib/ruleError'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A write whose data is not a document (a form-encoded body Payload does not parse leaves it
 * undefined), or whose group field (a budget, a goal, privacy settings) is null or a scalar:
 * Payload's field traversal reads properties of these and fails with a 500. Refused first, as
 * the client's mistake, with the rule's words.
 */
export const refuseMalformedData: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = args.data
  if (!isPlainObject(data)) throw new RuleError(fail('request-bad-body', {}), req)
  for (const field of collection.fields) {
    if (field.type !== 'group' || !('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if (value !== undefined && !isPlainObject(value)) {
      throw new RuleError(fail('request-bad-value', { field: field.name }), req)
    }
  }
  return args
}
