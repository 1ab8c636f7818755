import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { MailKind } from '@fazaa/shared/domain/vocabulary'
import { afterFailure, classifySmtpFailure, STALE_CLAIM_MS } from '@fazaa/shared/rules/mailRetry'
import { sqlHandle } from '../../lib/db'
import { renderDelivery, type RenderCache } from './templates/renderDelivery'

/** The jobs queue the mail sender runs on (every minute in the CMS process). */
export const MAIL_QUEUE = 'mail'

export interface NewDelivery {
  key: string
  kind: MailKind
  member: number
  meeting?: number
  subjectId?: number
}

/**
 * Queues deliveries, each at most once: a key already queued (the same meeting's digest to the
 * same member) is left as it is, whatever its state; then wakes the sender (the `sendMail` job)
 * when anything is new. A meeting's digest wakes it in any case (`digestOf`): the job first
 * writes the digest record's subject and WhatsApp text. In the caller's transaction when `req`
 * has one. Returns how many were new.
 */
export const queueDeliveries = async (
  payload: Payload,
  deliveries: NewDelivery[],
  { req, digestOf }: { req?: PayloadRequest; digestOf?: number } = {},
): Promise<number> => {
  const db = await sqlHandle(payload, req)
  let added = 0
  // In slices: one statement per few hundred rows keeps the parameter count well under limits.
  for (let start = 0; start < deliveries.length; start += 500) {
    const rows = deliveries
      .slice(start, start + 500)
      .map(
        (d) =>
          sql`(${d.key}, ${d.kind}, 'pending', ${d.member}, ${d.meeting ?? null}, ${d.subjectId ?? null}, 0)`,
      )
    const result = await db.execute(sql`
      INSERT INTO mail_deliveries (key, kind, status, member_id, meeting_id, subject_id, attempts)
      VALUES ${sql.join(rows, sql`, `)}
      ON CONFLICT (key) DO NOTHING
      RETURNING id
    `)
    added += result.rows.length
  }
  if (added > 0 || digestOf) {
    await payload.jobs.queue({
      task: 'sendMail',
      input: digestOf ? { meeting: digestOf } : {},
      queue: MAIL_QUEUE,
      req,
    })
  }
  return added
}

interface ClaimedDelivery {
  id: number
  key: string
  kind: MailKind
  member_id: number
  meeting_id: number | null
  subject_id: number | null
  attempts: number
}

/**
 * Takes the next delivery that is due (pending and past its wait, or claimed by a sender that died
 * more than STALE_CLAIM_MS ago), marking it `sending` in the same statement. SKIP LOCKED: senders
 * running side by side never take the same one. The claim time is the sender's clock, the same
 * clock the staleness is judged by.
 */
const claimNext = async (payload: Payload, now: Date): Promise<ClaimedDelivery | null> => {
  const db = await sqlHandle(payload)
  const stale = new Date(now.getTime() - STALE_CLAIM_MS).toISOString()
  const { rows } = await db.execute(sql`
    UPDATE mail_deliveries
    SET status = 'sending', claimed_at = ${now.toISOString()}, attempts = attempts + 1, updated_at = now()
    WHERE id = (
      SELECT id FROM mail_deliveries
      WHERE (status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ${now.toISOString()}))
         OR (status = 'sending' AND claimed_at < ${stale})
      ORDER BY id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, key, kind, member_id, meeting_id, subject_id, attempts
  `)
  return (rows[0] as ClaimedDelivery | undefined) ?? null
}

const finish = async (
  payload: Payload,
  id: number,
  change:
    | { status: 'sent'; messageId: string }
    | { status: 'pending'; nextAttemptAt: Date; error: string }
    | { status: 'failed' | 'cancelled'; error: string },
) => {
  const db = await sqlHandle(payload)
  if (change.status === 'sent') {
    await db.execute(sql`UPDATE mail_deliveries SET status = 'sent', sent_at = now(),
      message_id = ${change.messageId}, last_error = NULL, updated_at = now() WHERE id = ${id}`)
  } else if (change.status === 'pending') {
    await db.execute(sql`UPDATE mail_deliveries SET status = 'pending',
      next_attempt_at = ${change.nextAttemptAt.toISOString()}, last_error = ${change.error},
      updated_at = now() WHERE id = ${id}`)
  } else {
    await db.execute(sql`UPDATE mail_deliveries SET status = ${change.status},
      last_error = ${change.error}, updated_at = now() WHERE id = ${id}`)
  }
}

export interface SendReport {
  sent: number
  retrying: number
  failed: number
  cancelled: number
}

/**
 * Sends every delivery that is due, `concurrency` at a time, and reports what happened. Each is
 * claimed, rendered for its member (language, time zone), sent, then marked: sent; or, on a
 * temporary refusal, put back with a growing wait; or, on a permanent one, failed with the
 * server's answer. A member who opted out or left since the delivery was queued gets nothing.
 * `max` stops after that many claims (a sender cut off halfway, for the tests).
 */
export const sendDueMail = async (
  payload: Payload,
  { concurrency = 4, max = Infinity, now = () => new Date() } = {},
): Promise<SendReport> => {
  const report: SendReport = { sent: 0, retrying: 0, failed: 0, cancelled: 0 }
  const cache: RenderCache = new Map()
  let claims = 0
  const worker = async () => {
    while (claims < max) {
      claims += 1
      const delivery = await claimNext(payload, now())
      if (!delivery) return
      let message: Awaited<ReturnType<typeof renderDelivery>>
      try {
        message = await renderDelivery(payload, delivery, cache)
      } catch (error) {
        await finish(payload, delivery.id, {
          status: 'failed',
          error: `Render: ${(error as Error).message}`,
        })
        report.failed += 1
        continue
      }
      if (!message) {
        await finish(payload, delivery.id, { status: 'cancelled', error: 'No longer wanted' })
        report.cancelled += 1
        continue
      }
      try {
        await payload.sendEmail(message)
        await finish(payload, delivery.id, { status: 'sent', messageId: message.messageId })
        report.sent += 1
      } catch (error) {
        const next = afterFailure(classifySmtpFailure(error), delivery.attempts, now())
        const text = String((error as Error).message ?? error).slice(0, 500)
        if (next.status === 'failed') {
          await finish(payload, delivery.id, { status: 'failed', error: text })
          report.failed += 1
        } else {
          await finish(payload, delivery.id, { ...next, error: text })
          report.retrying += 1
        }
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return report
}

/**
 * When the next delivery becomes due, or null when none waits: a pending one at its retry time
 * (now when it has none), one claimed by a sender when that claim would go stale. (A claim is not
 * due now: counting it so made the job queue itself again at once, over and over, for as long as
 * another sender was at work or a dead sender's claim was fresh.)
 */
export const nextRetryAt = async (payload: Payload): Promise<Date | null> => {
  const db = await sqlHandle(payload)
  const { rows } = await db.execute(sql`
    SELECT min(CASE WHEN status = 'sending'
                    THEN claimed_at + make_interval(secs => ${STALE_CLAIM_MS / 1000})
                    ELSE coalesce(next_attempt_at, now()) END) AS at
    FROM mail_deliveries WHERE status IN ('pending', 'sending')
  `)
  const at = (rows[0] as { at: string | Date | null } | undefined)?.at
  return at ? new Date(at) : null
}

/** The digest record's counts, from its deliveries. */
export const refreshDigestCounts = async (payload: Payload, meetingId: number): Promise<void> => {
  const db = await sqlHandle(payload)
  await db.execute(sql`
    UPDATE digests d SET
      sent_count = c.sent, failed_count = c.failed, pending_count = c.pending,
      status = (CASE WHEN c.pending > 0 THEN 'sending' ELSE 'done' END)::enum_digests_status,
      updated_at = now()
    FROM (
      SELECT count(*) FILTER (WHERE status = 'sent') AS sent,
             count(*) FILTER (WHERE status = 'failed') AS failed,
             count(*) FILTER (WHERE status IN ('pending', 'sending')) AS pending
      FROM mail_deliveries WHERE kind = 'digest' AND meeting_id = ${meetingId}
    ) c
    WHERE d.meeting_id = ${meetingId}
  `)
}
