import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { rebuildExpertiseSearch } from '../lib/rebuildExpertiseSearch'

/**
 * A skill typed in one language is found in the other too (shared/domain/skillTerms): the
 * expertise bank's search text is written again for the members already there. No column
 * changes; down leaves the richer text, which finds no one it should not.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rebuildExpertiseSearch(db)
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
