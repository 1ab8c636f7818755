import type { Payload } from 'payload'
import { postgresOf } from './db'

/**
 * When PostgreSQL restarts, every idle connection in Payload's pool receives "terminating
 * connection" and the pool emits 'error'. With nobody listening, Node treats that as an uncaught
 * error and the whole process (the admin, or the portal) dies. Listening is enough: the pool
 * drops the broken connection and opens a new one for the next query, so service resumes by
 * itself once the database is back. (tests/faults/postgresRestart.test.ts)
 */
export const keepPoolThroughRestarts = (payload: Payload): void => {
  const pool = postgresOf(payload).pool
  pool?.on('error', (error) =>
    payload.logger.warn(
      { err: error },
      'A database connection was closed (the database restarting?); the next query opens a new one.',
    ),
  )
}
