import type pg from 'pg'

export interface TableFingerprint {
  rows: number
  /** md5 over every row's text, in a stable order: equal only if every value is equal. */
  checksum: string
}

/**
 * Tables the running product writes by itself on its job schedules (Payload's queue and its
 * statistics), whatever anybody sends: a before/after comparison of a running product leaves
 * them out, as it leaves out the sessions a request opens.
 */
export const SCHEDULE_BOOKKEEPING = ['payload_jobs', 'payload_jobs_log', 'payload_jobs_stats']

/**
 * Every table of the public schema (Payload's collections, their arrays and relationships, the
 * migrations record) reduced to a row count and a checksum of its rows. Two databases, or one
 * database before and after something, hold the same data exactly when their fingerprints are
 * equal. `except` leaves out tables a request may touch as bookkeeping (sessions, for instance).
 */
export const databaseFingerprint = async (
  db: pg.Client | pg.Pool,
  except: string[] = [],
): Promise<Record<string, TableFingerprint>> => {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )
  const fingerprint: Record<string, TableFingerprint> = {}
  for (const { name } of tables) {
    if (!except.includes(name)) fingerprint[name] = await tableFingerprint(db, name)
  }
  return fingerprint
}

/** One table's row count and checksum (see databaseFingerprint). */
export const tableFingerprint = async (
  db: pg.Client | pg.Pool,
  table: string,
): Promise<TableFingerprint> => {
  const { rows } = await db.query<TableFingerprint>(
    `SELECT count(*)::int AS rows,
            md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum
     FROM "${table}" t`,
  )
  return rows[0]!
}
