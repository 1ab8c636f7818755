import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Files know their campaign, so an expense's receipt picker offers only its own campaign's: each
 * receipt already named by an expense, and each cover, is tied to its campaign here.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "campaign_id" integer;
  ALTER TABLE "media" ADD CONSTRAINT "media_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_campaign_idx" ON "media" USING btree ("campaign_id");`)
  await db.execute(sql`
    UPDATE "media" SET "campaign_id" = e."campaign_id"
    FROM "expenses" e WHERE e."receipt_id" = "media"."id" AND "media"."campaign_id" IS NULL`)
  await db.execute(sql`
    UPDATE "media" SET "campaign_id" = c."id"
    FROM "campaigns" c WHERE c."cover_id" = "media"."id" AND "media"."campaign_id" IS NULL`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP CONSTRAINT "media_campaign_id_campaigns_id_fk";
  
  DROP INDEX "media_campaign_idx";
  ALTER TABLE "media" DROP COLUMN "campaign_id";`)
}
