import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

import { isAdminUser } from '../../../access/roles'
import {
  checkPassword,
  isSessionTooOld,
  SESSION_MAX_AGE_DAYS,
} from '@fazaa/shared/rules/credentials'
import { fail } from '@fazaa/shared/rules/result'
import { assertRule, RuleError } from '../../../lib/ruleError'
import type { Member } from '../../../payload-types'

const hash = promisify(pbkdf2)

/**
 * Whether `password` is the member's, read from the stored hash in Payload's two formats
 * (`pbkdf2-sha256-v1:` with 600,000 rounds and 32 bytes; before that 25,000 rounds and 512
 * bytes). Payload checks passwords only inside its login, which would open a session.
 */
const isTheirPassword = async (
  stored: { hash?: string | null; salt?: string | null },
  password: string,
) => {
  if (!stored.hash || !stored.salt) return false
  const current = stored.hash.startsWith('pbkdf2-sha256-v1:')
  const expected = Buffer.from(
    current ? stored.hash.slice('pbkdf2-sha256-v1:'.length) : stored.hash,
    'hex',
  )
  const actual = await hash(
    password,
    stored.salt,
    current ? 600_000 : 25_000,
    current ? 32 : 512,
    'sha256',
  )
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

type Operation = Parameters<CollectionBeforeOperationHook>[0]

/**
 * The credentials of an account, on every path (REST, GraphQL, the admin, the portal):
 * - a password is 10 to 200 characters, when it is set, changed or reset;
 * - a member changing their own email or password proves it is them with `currentPassword`
 *   (a session alone, maybe a stolen cookie, is not enough to take the account over). Admins
 *   managing accounts in the admin panel are not asked;
 * - a refresh never carries a sign-in past 30 days.
 */
export const guardCredentials: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data
  if (operation === 'create' || operation === 'update' || operation === 'resetPassword') {
    assertRule(checkPassword(data?.password), req)
  }
  if (operation === 'update' && data && req.user && !isAdminUser(req.user)) {
    await requireCurrentPassword(req, data)
  }
  if (operation === 'refresh') await refuseOldSession(req)
  return args
}

const requireCurrentPassword = async (req: Operation['req'], data: Record<string, unknown>) => {
  const { currentPassword, ...change } = data
  delete data.currentPassword
  const user = req.user as unknown as Member
  const changesEmail =
    typeof change.email === 'string' && change.email.toLowerCase().trim() !== user.email
  const changesPassword = typeof change.password === 'string'
  if (!changesEmail && !changesPassword) return
  const stored = await req.payload.db.findOne<Member & { hash?: string; salt?: string }>({
    collection: 'members',
    where: { id: { equals: user.id } },
    req,
  })
  const proven =
    typeof currentPassword === 'string' &&
    !!stored &&
    (await isTheirPassword(stored, currentPassword))
  if (!proven) throw new RuleError(fail('current-password-required'), req, 403)
}

/** Sessions are Payload's bookkeeping, on the machine's clock (shared/clock.ts says why). */
const refuseOldSession = async (req: Operation['req']) => {
  const user = req.user as unknown as { id: number; _sid?: string } | null
  if (!user?._sid) return
  const stored = await req.payload.db.findOne<Member>({
    collection: 'members',
    where: { id: { equals: user.id } },
    req,
  })
  const session = stored?.sessions?.find((open) => open.id === user._sid)
  if (session?.createdAt && isSessionTooOld(new Date(session.createdAt), new Date())) {
    throw new RuleError(fail('session-too-old', { days: SESSION_MAX_AGE_DAYS }), req, 401)
  }
}
