import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * A proposal's title, summary and details, and an expense's description, get one value per
 * language, like a campaign's. Each may be missing in one language (written in the other, read
 * in it until translated); the CMS requires it in at least one. What was written moves under the language it was written in: a
 * text with an Arabic letter under Arabic, any other under English (which Arabic readers see
 * until someone translates it).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "expenses_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "proposals_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "expenses_locales" ADD CONSTRAINT "expenses_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."expenses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals_locales" ADD CONSTRAINT "proposals_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "expenses_locales_locale_parent_id_unique" ON "expenses_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "proposals_locales_locale_parent_id_unique" ON "proposals_locales" USING btree ("_locale","_parent_id");`)
  await db.execute(sql`
    INSERT INTO "expenses_locales" ("description", "_locale", "_parent_id")
    SELECT "description", CASE WHEN "description" ~ '[ء-ي]' THEN 'ar' ELSE 'en' END::"_locales", "id"
    FROM "expenses"`)
  await db.execute(sql`
    INSERT INTO "proposals_locales" ("title", "summary", "body", "_locale", "_parent_id")
    SELECT "title", "summary", "body",
      CASE WHEN "title" || ' ' || "summary" ~ '[ء-ي]' THEN 'ar' ELSE 'en' END::"_locales", "id"
    FROM "proposals"`)
  await db.execute(sql`
  ALTER TABLE "expenses" DROP COLUMN "description";
  ALTER TABLE "proposals" DROP COLUMN "title";
  ALTER TABLE "proposals" DROP COLUMN "summary";
  ALTER TABLE "proposals" DROP COLUMN "body";`)
}

/** Back to one value each: the Arabic one where there is one, else the English. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "expenses" ADD COLUMN "description" varchar;
  ALTER TABLE "proposals" ADD COLUMN "title" varchar;
  ALTER TABLE "proposals" ADD COLUMN "summary" varchar;
  ALTER TABLE "proposals" ADD COLUMN "body" jsonb;`)
  await db.execute(sql`
    UPDATE "expenses" e SET "description" = l."description"
    FROM (SELECT DISTINCT ON ("_parent_id") * FROM "expenses_locales" ORDER BY "_parent_id", "_locale") l
    WHERE l."_parent_id" = e."id"`)
  await db.execute(sql`
    UPDATE "proposals" p SET "title" = l."title", "summary" = l."summary", "body" = l."body"
    FROM (SELECT DISTINCT ON ("_parent_id") * FROM "proposals_locales" ORDER BY "_parent_id", "_locale") l
    WHERE l."_parent_id" = p."id"`)
  await db.execute(sql`
  ALTER TABLE "expenses" ALTER COLUMN "description" SET NOT NULL;
  ALTER TABLE "proposals" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "proposals" ALTER COLUMN "summary" SET NOT NULL;
  DROP TABLE "expenses_locales" CASCADE;
  DROP TABLE "proposals_locales" CASCADE;`)
}
