import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "committee_interests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"committee_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"message" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "committee_interests_id" integer;
  ALTER TABLE "committee_interests" ADD CONSTRAINT "committee_interests_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "committee_interests" ADD CONSTRAINT "committee_interests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "committee_interests_committee_idx" ON "committee_interests" USING btree ("committee_id");
  CREATE INDEX "committee_interests_member_idx" ON "committee_interests" USING btree ("member_id");
  -- One offer per member per committee, held by the database when two clicks race.
  CREATE UNIQUE INDEX "committee_interests_committee_member_idx" ON "committee_interests" USING btree ("committee_id", "member_id");
  CREATE INDEX "committee_interests_updated_at_idx" ON "committee_interests" USING btree ("updated_at");
  CREATE INDEX "committee_interests_created_at_idx" ON "committee_interests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_committee_interests_fk" FOREIGN KEY ("committee_interests_id") REFERENCES "public"."committee_interests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_committee_interests_id_idx" ON "payload_locked_documents_rels" USING btree ("committee_interests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "committee_interests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "committee_interests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_committee_interests_fk";
  
  DROP INDEX "payload_locked_documents_rels_committee_interests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "committee_interests_id";`)
}
