import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeValidateHook } from 'payload'

import { sqlHandle } from '../lib/db'

/**
 * A required text written in one language stands for every language until someone writes it
 * otherwise. A proposal written in English has no Arabic title; any later save in Arabic (the
 * default language: an admin moving it to the vote, a member joining in English and leaving in
 * Arabic) was refused for the missing required field. Such a save takes the text from the other
 * language instead. A text cleared on purpose (sent as empty) is still refused.
 *
 * Read with SQL in the save's own transaction: a Local API read with `locale: 'all'` and `req`
 * would change the locale of the save itself.
 */
export const carryAcrossLanguages =
  (table: string, fields: readonly string[]): CollectionBeforeValidateHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!data || operation !== 'update' || originalDoc?.id == null) return data
    const missing = fields.filter((field) => data[field] === undefined && !originalDoc[field])
    if (!missing.length) return data
    const db = await sqlHandle(req.payload, req)
    const carried: Record<string, string> = {}
    for (const field of missing) {
      const column = sql.identifier(snakeCase(field))
      const { rows } = await db.execute(sql`
        SELECT ${column} AS value FROM ${sql.identifier(`${table}_locales`)}
        WHERE _parent_id = ${originalDoc.id} AND ${column} IS NOT NULL AND ${column} <> ''
        ORDER BY _locale LIMIT 1
      `)
      const value = (rows[0] as { value: string } | undefined)?.value
      if (value) carried[field] = value
    }
    return { ...data, ...carried }
  }

/** Payload's column names: `votingClosesAt` is stored as `voting_closes_at`. */
const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
