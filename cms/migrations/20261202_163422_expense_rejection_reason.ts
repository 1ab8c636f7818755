import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "expenses" ADD COLUMN "rejection_reason" varchar;`)
  // Rule 9 held by the database too: a rejected expense says why. Rejections recorded before
  // the reason existed get one that says so, rather than failing the migration.
  await db.execute(sql`
   UPDATE "expenses" SET "rejection_reason" = 'Rejected before reasons were recorded.'
     WHERE "status" = 'rejected' AND coalesce(trim("rejection_reason"), '') = '';
   ALTER TABLE "expenses" ADD CONSTRAINT "expenses_rejection_has_reason"
     CHECK ("status" <> 'rejected' OR length(trim(coalesce("rejection_reason", ''))) > 0);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "expenses" DROP CONSTRAINT IF EXISTS "expenses_rejection_has_reason";
   ALTER TABLE "expenses" DROP COLUMN "rejection_reason";`)
}
