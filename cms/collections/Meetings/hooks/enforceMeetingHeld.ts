import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook } from 'payload'

import * as clock from '@fazaa/shared/clock'
import { checkMeetingHeld } from '@fazaa/shared/rules/meetingHeld'
import { sqlHandle } from '../../../lib/db'
import { richTextParagraphs } from '../../../lib/richTextParagraphs'
import { assertRule } from '../../../lib/ruleError'
import type { Meeting } from '../../../payload-types'

/**
 * Marking a meeting held, which sends the Big Sunday digest to everyone: not before it begins,
 * and not without its summary (rule in shared/rules/meetingHeld.ts).
 */
export const enforceMeetingHeld: CollectionBeforeChangeHook<Meeting> = async ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data } as Meeting
  const from = originalDoc?.status ?? null
  if (merged.status !== 'held' || from === 'held') return data
  assertRule(
    checkMeetingHeld({
      kind: merged.kind,
      from,
      to: merged.status,
      startsAt: merged.startsAt,
      now: clock.now(),
      hasSummary:
        richTextParagraphs(merged.summary).length > 0 ||
        (originalDoc?.id != null && (await hasSummaryInAnotherLanguage(req, originalDoc.id))),
    }),
    req,
  )
  return data
}

/**
 * The summary as stored in the other language: a save carries one language's fields only. Read
 * with SQL in the save's transaction (a Local API read with `locale: 'all'` and `req` would change
 * the locale of the save itself).
 */
const hasSummaryInAnotherLanguage = async (
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  id: number,
): Promise<boolean> => {
  const db = await sqlHandle(req.payload, req)
  const { rows } = await db.execute(sql`
    SELECT summary FROM meetings_locales
    WHERE _parent_id = ${id} AND _locale <> ${req.locale ?? 'ar'} AND summary IS NOT NULL
  `)
  return rows.some((row) => richTextParagraphs((row as { summary: unknown }).summary).length > 0)
}
