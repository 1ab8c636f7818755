import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_votes_recorded_how" AS ENUM('phone', 'meeting');
  ALTER TYPE "public"."enum_mail_deliveries_kind" ADD VALUE 'vote-recorded';
  ALTER TABLE "votes" ADD COLUMN "recorded_how" "enum_votes_recorded_how";
  ALTER TABLE "votes" ADD COLUMN "recorded_by_id" integer;
  ALTER TABLE "votes" ADD CONSTRAINT "votes_recorded_by_id_members_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "votes_recorded_by_idx" ON "votes" USING btree ("recorded_by_id");`)
  // A vote recorded on a member's behalf always says how it was taken, held by the database.
  await db.execute(sql`
    ALTER TABLE "votes" ADD CONSTRAINT "votes_recorded_says_how"
      CHECK ("recorded_by_id" IS NULL OR "recorded_how" IS NOT NULL);
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "votes" DROP CONSTRAINT "votes_recorded_by_id_members_id_fk";
  
  ALTER TABLE "mail_deliveries" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_mail_deliveries_kind";
  CREATE TYPE "public"."enum_mail_deliveries_kind" AS ENUM('digest', 'vote-reminder', 'committee-formed', 'committee-ending', 'help-offer', 'application', 'application-received', 'welcome', 'round-result');
  ALTER TABLE "mail_deliveries" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_mail_deliveries_kind" USING "kind"::"public"."enum_mail_deliveries_kind";
  DROP INDEX "votes_recorded_by_idx";
  ALTER TABLE "votes" DROP COLUMN "recorded_how";
  ALTER TABLE "votes" DROP COLUMN "recorded_by_id";
  DROP TYPE "public"."enum_votes_recorded_how";`)
}
