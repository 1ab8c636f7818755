import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import {
  afterEvent,
  THROTTLES,
  waitBeforeNext,
  type ThrottleName,
  type ThrottleState,
} from '@fazaa/shared/rules/throttle'
import { sqlHandle } from '../../lib/db'

export type ThrottleAnswer = { ok: true } | { ok: false; waitSeconds: number }

interface Row {
  count: number
  window_started_at: Date | string
  last_at: Date | string
}

const stateOf = (row: Row | undefined): ThrottleState | null =>
  row
    ? {
        count: Number(row.count),
        windowStartedAt: new Date(row.window_started_at),
        lastAt: new Date(row.last_at),
      }
    : null

/**
 * Counts one event of `name` for `key` if the rule allows it now, else says how long to wait.
 * Outside the request's own transaction (a failed sign-in rolls that back, and its count must
 * stay), as compare-and-swap on the row: concurrent attempts from many processes each count
 * once, and none passes on a count another has already raised. Rate limits run on the
 * machine's clock (shared/clock.ts says why).
 */
export const takeThrottle = async (
  payload: Payload,
  name: ThrottleName,
  key: string,
): Promise<ThrottleAnswer> => {
  const policy = THROTTLES[name]
  key = key.slice(0, 300)
  const db = await sqlHandle(payload)
  // Now and then, rows of clients long gone go: the table holds about a day of clients.
  if (Math.random() < 0.001) await forgetOldThrottles(payload)
  for (let attempt = 0; attempt < 20; attempt++) {
    const { rows } = await db.execute(sql`
      SELECT count, window_started_at, last_at FROM throttles WHERE name = ${name} AND key = ${key}
    `)
    const row = rows[0] as Row | undefined
    const before = stateOf(row)
    const now = new Date()
    const waitSeconds = waitBeforeNext(policy, before, now)
    if (waitSeconds > 0) return { ok: false, waitSeconds }
    const after = afterEvent(policy, before, now)
    const written = row
      ? await db.execute(sql`
          UPDATE throttles SET count = ${after.count},
            window_started_at = ${after.windowStartedAt.toISOString()},
            last_at = ${after.lastAt.toISOString()}, updated_at = now()
          WHERE name = ${name} AND key = ${key} AND count = ${row.count}
            AND last_at = ${new Date(row.last_at).toISOString()}
          RETURNING id`)
      : await db.execute(sql`
          INSERT INTO throttles (name, key, count, window_started_at, last_at, updated_at, created_at)
          VALUES (${name}, ${key}, 1, ${now.toISOString()}, ${now.toISOString()}, now(), now())
          ON CONFLICT (name, key) DO NOTHING
          RETURNING id`)
    if (written.rows.length > 0) return { ok: true }
  }
  // Twenty lost races in a row: this key is being hammered right now.
  return { ok: false, waitSeconds: 1 }
}

/** Takes back one counted event (one that turned out not to be what the throttle counts). */
export const returnThrottle = async (payload: Payload, name: ThrottleName, key: string) => {
  const db = await sqlHandle(payload)
  await db.execute(sql`
    UPDATE throttles SET count = greatest(count - 1, 0), updated_at = now()
    WHERE name = ${name} AND key = ${key}
  `)
}

/** Rows whose windows ended a day ago: nothing to count any more. */
export const forgetOldThrottles = async (payload: Payload) => {
  const db = await sqlHandle(payload)
  await db.execute(sql`DELETE FROM throttles WHERE last_at < now() - interval '1 day'`)
}
