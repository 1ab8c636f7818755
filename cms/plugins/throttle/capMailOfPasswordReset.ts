import type { CollectionBeforeOperationHook } from 'payload'

import { fail } from '@fazaa/shared/rules/result'
import { RuleError } from '../../lib/ruleError'
import { clientAddressOf } from './clientAddress'
import { takeThrottle } from './takeThrottle'

/**
 * Payload's own password-reset mail (REST `forgot-password`, GraphQL, the admin's form): at
 * most ten mails an hour from one client (429 past that), and three a quarter hour to one
 * address. Past the address's three the answer is the same success with no mail, as for an
 * address nobody has: the answer never tells who is a member. Callers that send their own
 * mail (`disableEmail`, the portal) count through takeThrottle themselves.
 */
export const capMailOfPasswordReset: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'forgotPassword') return args
  const forgot = args as { disableEmail?: boolean; data?: { email?: unknown } }
  if (forgot.disableEmail) return args
  const client = clientAddressOf(req.headers)
  if (client) {
    const answer = await takeThrottle(req.payload, 'mailByClient', client)
    if (!answer.ok) {
      throw new RuleError(
        fail('too-many-attempts', { seconds: answer.waitSeconds, kind: 'mail' }),
        req,
        429,
      )
    }
  }
  const email = typeof forgot.data?.email === 'string' ? forgot.data.email.toLowerCase().trim() : ''
  const toAddress = await takeThrottle(req.payload, 'mailByAddress', email)
  return toAddress.ok ? args : { ...args, disableEmail: true }
}
