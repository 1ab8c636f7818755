import { sql } from '@payloadcms/db-postgres'
import type { Access, PayloadRequest } from 'payload'

import { sqlHandle } from '../lib/db'
import { isAdminUser } from './roles'

/** The media ids of the upload nodes in a rich-text column (Lexical's JSON), as a set of rows. */
const uploadsIn = (column: string) =>
  sql.raw(`jsonb_path_query(coalesce(${column}, '{}'),
    '$.** ? (@.type == "upload" && @.relationTo == "media").value ? (@.type() == "number")')`)

/**
 * The uploads a public page shows: covers of campaigns past their draft and the pictures in
 * their story or report, guests' photos, the pictures of the about page, and the receipts of
 * approved expenses. Asked of the database at each read, so it is never out of date: a receipt
 * becomes public when its expense is approved, and private again when the expense goes back for
 * approval or is rejected.
 */
const publicMediaIds = async (req: PayloadRequest): Promise<number[]> => {
  const db = await sqlHandle(req.payload, req)
  const { rows } = await db.execute(sql`
    SELECT cover_id AS id FROM campaigns WHERE status <> 'draft' AND cover_id IS NOT NULL
    UNION SELECT photo_id FROM guests WHERE photo_id IS NOT NULL
    UNION SELECT receipt_id FROM expenses WHERE status = 'approved' AND receipt_id IS NOT NULL
    UNION SELECT node::int FROM campaigns_locales l JOIN campaigns c ON c.id = l._parent_id,
      ${uploadsIn('l.body')} AS node WHERE c.status <> 'draft'
    UNION SELECT node::int FROM campaigns_locales l JOIN campaigns c ON c.id = l._parent_id,
      ${uploadsIn('l.report')} AS node WHERE c.status <> 'draft'
    UNION SELECT node::int FROM about_locales a, ${uploadsIn('a.body')} AS node
  `)
  return (rows as { id: number | string }[]).map((row) => Number(row.id))
}

/**
 * Admins: every upload. Anyone else: the uploads a public page shows (publicMediaIds), and a
 * signed-in member also what they uploaded themselves (a lead's receipt before its approval).
 * Before, every upload was listed to anonymous visitors, receipts of rejected expenses included.
 */
export const readMedia: Access = async ({ req }) => {
  if (isAdminUser(req.user)) return true
  const ids = await publicMediaIds(req)
  const shown = { id: { in: ids.length > 0 ? ids : [0] } }
  return req.user ? { or: [shown, { uploadedBy: { equals: req.user.id } }] } : shown
}
