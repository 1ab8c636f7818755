import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "throttles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"count" numeric NOT NULL,
  	"window_started_at" timestamp(3) with time zone NOT NULL,
  	"last_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "throttles_id" integer;
  CREATE INDEX "throttles_last_at_idx" ON "throttles" USING btree ("last_at");
  CREATE INDEX "throttles_updated_at_idx" ON "throttles" USING btree ("updated_at");
  CREATE INDEX "throttles_created_at_idx" ON "throttles" USING btree ("created_at");
  CREATE UNIQUE INDEX "name_key_idx" ON "throttles" USING btree ("name","key");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_throttles_fk" FOREIGN KEY ("throttles_id") REFERENCES "public"."throttles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_throttles_id_idx" ON "payload_locked_documents_rels" USING btree ("throttles_id");
  ALTER TABLE "members" DROP COLUMN "login_attempts";
  ALTER TABLE "members" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "throttles" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "throttles" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_throttles_fk";
  
  DROP INDEX "payload_locked_documents_rels_throttles_id_idx";
  ALTER TABLE "members" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "members" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "throttles_id";`)
}
