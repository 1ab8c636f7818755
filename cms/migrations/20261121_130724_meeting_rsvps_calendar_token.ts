import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_meeting_rsvps_answer" AS ENUM('yes', 'no');
  CREATE TABLE "meeting_rsvps" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"meeting_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"answer" "enum_meeting_rsvps_answer" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "members" ADD COLUMN "calendar_token" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_rsvps_id" integer;
  ALTER TABLE "meeting_rsvps" ADD CONSTRAINT "meeting_rsvps_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_rsvps" ADD CONSTRAINT "meeting_rsvps_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "meeting_rsvps_meeting_idx" ON "meeting_rsvps" USING btree ("meeting_id");
  CREATE INDEX "meeting_rsvps_member_idx" ON "meeting_rsvps" USING btree ("member_id");
  -- One answer per member per meeting, held by the database when two posts race.
  CREATE UNIQUE INDEX "meeting_rsvps_meeting_member_idx" ON "meeting_rsvps" USING btree ("meeting_id", "member_id");
  CREATE INDEX "meeting_rsvps_updated_at_idx" ON "meeting_rsvps" USING btree ("updated_at");
  CREATE INDEX "meeting_rsvps_created_at_idx" ON "meeting_rsvps" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_rsvps_fk" FOREIGN KEY ("meeting_rsvps_id") REFERENCES "public"."meeting_rsvps"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "members_calendar_token_idx" ON "members" USING btree ("calendar_token");
  CREATE INDEX "payload_locked_documents_rels_meeting_rsvps_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_rsvps_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meeting_rsvps" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meeting_rsvps" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_rsvps_fk";
  
  DROP INDEX "members_calendar_token_idx";
  DROP INDEX "payload_locked_documents_rels_meeting_rsvps_id_idx";
  ALTER TABLE "members" DROP COLUMN "calendar_token";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_rsvps_id";
  DROP TYPE "public"."enum_meeting_rsvps_answer";`)
}
