import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeValidateHook } from 'payload'

import { sqlHandle } from '../../../lib/db'
import type { Member } from '../../../payload-types'

/**
 * A member's display name is the same in every language until someone writes it otherwise. A
 * member who joined in English has no Arabic name; any later change saved in Arabic (the
 * default language: a new calendar token, leaving, an admin's edit) was refused for the missing
 * required name, and the meetings page failed for them. Such a save takes the name from the
 * other language instead. A name cleared on purpose is still refused.
 *
 * Read with SQL in the save's own transaction: a Local API read with `locale: 'all'` and `req`
 * would change the locale of the save itself.
 */
export const carryNameAcrossLanguages: CollectionBeforeValidateHook<Member> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data || operation !== 'update' || originalDoc?.id == null) return data
  if (data.name !== undefined || originalDoc.name) return data
  const db = await sqlHandle(req.payload, req)
  const { rows } = await db.execute(sql`
    SELECT name FROM members_locales
    WHERE _parent_id = ${originalDoc.id} AND name IS NOT NULL AND name <> ''
    ORDER BY _locale LIMIT 1
  `)
  const name = (rows[0] as { name: string } | undefined)?.name
  return name ? { ...data, name } : data
}
