import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

/** Payload's PostgreSQL adapter, for its pool and Drizzle handle (Payload types it generically). */
export const postgresOf = (payload: Payload): PostgresAdapter =>
  payload.db as unknown as PostgresAdapter

/**
 * The Drizzle handle for raw SQL, inside the request's transaction when there is one, so that an
 * aggregate computed in a hook sees the row the same request just wrote.
 */
export const sqlHandle = async (payload: Payload, req?: Partial<PayloadRequest>) => {
  const adapter = postgresOf(payload)
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  return (transactionID != null && adapter.sessions?.[transactionID]?.db) || adapter.drizzle
}
