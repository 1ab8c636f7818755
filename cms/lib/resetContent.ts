import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { sqlHandle } from './db'

/**
 * Empties every table but the record of applied migrations. For throwaway databases only: the
 * demo seed (which refuses production) and the tests.
 */
export const resetContent = async (payload: Payload): Promise<void> => {
  const db = await sqlHandle(payload)
  const { rows } = await db.execute(sql`
    SELECT tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> 'payload_migrations'
  `)
  const tables = rows.map((row) => `"${(row as { tablename: string }).tablename}"`).join(', ')
  await db.execute(sql.raw(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`))
}
