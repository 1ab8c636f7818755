import { type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { expertiseSearchText } from '@fazaa/shared/domain/expertiseSearch'

/**
 * Writes every member's expertise-bank search text again from what they list, with today's
 * rules (for a migration: new rows get theirs from the Members hook on each save).
 */
export const rebuildExpertiseSearch = async (db: MigrateUpArgs['db']): Promise<void> => {
  const lists = (
    await db.execute(sql`
      SELECT "parent_id", 'sectors' AS "path", "value"::text AS "value" FROM "members_sectors"
      UNION ALL SELECT "parent_id", 'languages', "value"::text FROM "members_languages"
      UNION ALL SELECT "parent_id", 'skills', "text" FROM "members_texts" WHERE "path" = 'skills'`)
  ).rows as unknown as { parent_id: number; path: string; value: string }[]
  const members = (await db.execute(sql`SELECT "id", "country"::text AS "country" FROM "members"`))
    .rows as unknown as { id: number; country: string | null }[]
  for (const member of members) {
    const of = (path: string) =>
      lists
        .filter((row) => row.parent_id === member.id && row.path === path)
        .map((row) => row.value)
    const text = expertiseSearchText({
      country: member.country,
      sectors: of('sectors'),
      skills: of('skills'),
      languages: of('languages'),
    })
    await db.execute(
      sql`UPDATE "members" SET "expertise_search" = ${text} WHERE "id" = ${member.id}`,
    )
  }
}
