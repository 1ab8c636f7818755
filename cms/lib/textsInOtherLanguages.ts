import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { sqlHandle } from './db'

/**
 * A localized text of a document as written in the languages other than the save's, read with
 * SQL in the save's own transaction: a Local API read with `locale: 'all'` and `req` would change
 * the locale of the save itself, and the document a hook is given holds one language only.
 */
export const textsInOtherLanguages = async (
  req: PayloadRequest,
  table: string,
  id: number | string,
  field: string,
): Promise<string[]> => {
  const db = await sqlHandle(req.payload, req)
  const column = sql.identifier(snakeCase(field))
  const { rows } = await db.execute(sql`
    SELECT ${column} AS value FROM ${sql.identifier(`${table}_locales`)}
    WHERE _parent_id = ${id} AND _locale::text <> ${req.locale ?? ''}
      AND ${column} IS NOT NULL AND ${column} <> ''
    ORDER BY _locale
  `)
  return rows.map((row) => String((row as { value: unknown }).value))
}

/** Payload's column names: `votingClosesAt` is stored as `voting_closes_at`. */
const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
