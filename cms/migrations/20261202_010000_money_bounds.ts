import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The largest amount one gift, expense or transfer books (shared/rules/limits.ts
 * MONEY_MAX_MINOR_UNITS), held by PostgreSQL as the money fields hold it; the names are matched by
 * cms/hooks/translateConstraintErrors.ts to give the rule's own message.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE donations ADD CONSTRAINT donations_amount_at_most CHECK (amount <= 100000000);
  ALTER TABLE expenses ADD CONSTRAINT expenses_amount_at_most CHECK (amount <= 100000000);
  ALTER TABLE transfers ADD CONSTRAINT transfers_amount_sent_at_most CHECK (amount_sent <= 100000000);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE donations DROP CONSTRAINT donations_amount_at_most;
  ALTER TABLE expenses DROP CONSTRAINT expenses_amount_at_most;
  ALTER TABLE transfers DROP CONSTRAINT transfers_amount_sent_at_most;
  `)
}
