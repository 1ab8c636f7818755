import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "sign_in_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"token_hash" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sign_in_links_id" integer;
  ALTER TABLE "sign_in_links" ADD CONSTRAINT "sign_in_links_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sign_in_links_member_idx" ON "sign_in_links" USING btree ("member_id");
  CREATE UNIQUE INDEX "sign_in_links_token_hash_idx" ON "sign_in_links" USING btree ("token_hash");
  CREATE INDEX "sign_in_links_updated_at_idx" ON "sign_in_links" USING btree ("updated_at");
  CREATE INDEX "sign_in_links_created_at_idx" ON "sign_in_links" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sign_in_links_fk" FOREIGN KEY ("sign_in_links_id") REFERENCES "public"."sign_in_links"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sign_in_links_id_idx" ON "payload_locked_documents_rels" USING btree ("sign_in_links_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sign_in_links" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sign_in_links" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sign_in_links_fk";
  
  DROP INDEX "payload_locked_documents_rels_sign_in_links_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sign_in_links_id";`)
}
