import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { sqlHandle } from '../lib/db'

/** Longer than any run of our tasks takes (a 5,000-member digest takes about a minute). */
export const ABANDONED_AFTER_MINUTES = 15

/**
 * A process that dies while it runs a job (killed, out of memory, the machine restarted) leaves
 * the job marked `processing` in Payload's table for ever; Payload never takes it again, and it
 * never schedules that task again either (it schedules a task only when none of its jobs is
 * waiting or running), so the hourly committee job would stop for good. Jobs marked running for
 * longer than any run takes are handed back to the queue. Should the process that took one still
 * be at work after all, `oneAtATime` keeps the two runs apart. Returns how many were handed back.
 */
export const releaseAbandonedJobs = async (payload: Payload): Promise<number> => {
  const db = await sqlHandle(payload)
  const { rows } = await db.execute(sql`
    UPDATE payload_jobs SET processing = false, updated_at = now()
    WHERE processing AND updated_at < now() - make_interval(mins => ${ABANDONED_AFTER_MINUTES})
    RETURNING id
  `)
  if (rows.length > 0) {
    payload.logger.warn(
      `Handed back ${rows.length} job(s) left running by a process that stopped mid-way.`,
    )
  }
  return rows.length
}
