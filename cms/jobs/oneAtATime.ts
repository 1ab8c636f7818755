import type { Payload } from 'payload'
import { postgresOf } from '../lib/db'

/** How long a run waits for another run of the same task to finish before it gives up. */
const WAIT_FOR_OTHER_RUN = '10min'

/**
 * Runs a task's work only while no other run of the same task is at work, in this process or in
 * any other on the same database (a second CMS process, a dedicated worker): later runs wait for
 * the earlier one, then do what is left. Payload's runner marks a job as processing with a find
 * and then an update, which two processes can both win, and it runs the jobs it took in
 * parallel; so the guarantee is a PostgreSQL advisory lock named after the task, held on a
 * connection of its own for the work's duration (not in a transaction, so nothing stays idle in
 * one) and released when the work ends or the process dies with its connection.
 */
export const oneAtATime = async <T>(
  payload: Payload,
  task: string,
  work: () => Promise<T>,
): Promise<T> => {
  const pool = postgresOf(payload).pool
  const client = await pool.connect()
  const key = `fazaa-job:${task}`
  // Set once the lock is given back; a connection that failed before (it may still hold the
  // lock) is closed instead of going back to the pool.
  let released = false
  try {
    // The pool's statement timeout (databaseBounds.ts) is shorter than this wait.
    await client.query(`SET lock_timeout = '${WAIT_FOR_OTHER_RUN}'`)
    await client.query(`SET statement_timeout = '${WAIT_FOR_OTHER_RUN}'`)
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [key])
    await client.query('RESET lock_timeout')
    await client.query('RESET statement_timeout')
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key])
      released = true
    }
  } finally {
    client.release(released ? undefined : new Error(`The lock of ${task} could not be released`))
  }
}
