import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { fail } from '@fazaa/shared/rules/result'
import { sqlHandle } from '../../lib/db'
import { RuleError } from '../../lib/ruleError'
import { clientAddressOf } from './clientAddress'
import { returnThrottle, takeThrottle } from './takeThrottle'

const hash = promisify(pbkdf2)

/**
 * Payload's password check costs one PBKDF2 (600,000 rounds) for an address it knows and
 * nothing for one it does not, so the time of an answer told who is a member (5 ms or 200 ms).
 * An unknown address pays the same PBKDF2 on a throwaway salt.
 */
const samePriceForStrangers = async (
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
  email: unknown,
  password: unknown,
) => {
  if (typeof email !== 'string' || typeof password !== 'string') return
  const db = await sqlHandle(req.payload)
  const { rows } = await db.execute(
    sql`SELECT 1 FROM members WHERE email = ${email.toLowerCase().trim()} LIMIT 1`,
  )
  if (rows.length === 0) await hash(password, randomBytes(32), 600_000, 32, 'sha256')
}

/**
 * Before every password sign-in (portal, REST, GraphQL, the admin): one client gets five
 * attempts in a quarter of an hour, then a wait that doubles after each further one (see
 * shared/rules/throttle.ts), answered 429 with the wait. The attempt counts before the
 * password is checked, so a burst of concurrent guesses counts in full.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const client = clientAddressOf(req.headers)
  if (client) {
    const answer = await takeThrottle(req.payload, 'signInByClient', client)
    if (!answer.ok) {
      throw new RuleError(
        fail('too-many-attempts', { seconds: answer.waitSeconds, kind: 'sign-in' }),
        req,
        429,
      )
    }
  }
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  await samePriceForStrangers(req, data?.email, data?.password)
  return args
}

/**
 * A sign-in that succeeded was no guess: its attempt is taken back (not the client's whole
 * count, or signing in to one's own account between guesses would reset it).
 */
export const returnSignInAttempt: CollectionAfterLoginHook = async ({ req, user }) => {
  const client = clientAddressOf(req.headers)
  if (client) await returnThrottle(req.payload, 'signInByClient', client)
  return user
}
