import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { countryCodeOf } from '@fazaa/shared/domain/countries'
import { languageCodeOf } from '@fazaa/shared/domain/languages'
import { rebuildExpertiseSearch } from '../lib/rebuildExpertiseSearch'

interface MemberRow {
  id: number
  country: string | null
  city: string | null
}
interface ListRow {
  parent_id: number
  value: string
}

/**
 * Countries and languages become codes (ISO 3166 / ISO 639) picked from lists, and the expertise
 * bank gets its search text. Every typed country or language is kept: one the lists name (in
 * Arabic or English, any spelling the search folds) becomes its code; a country they do not name
 * moves into the city field, a language into the skills, so nothing a member wrote is lost.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_members_languages" AS ENUM('ar', 'en', 'de', 'fr', 'tr', 'sv', 'nl', 'da', 'no', 'fi', 'es', 'it', 'ku', 'ckb', 'hy', 'syr', 'ady', 'fa', 'az', 'pt', 'el', 'ro', 'pl', 'ru', 'uk', 'hu', 'cs', 'bg', 'hr', 'sr', 'bs', 'sq', 'ur', 'hi', 'zh', 'ja', 'ko', 'id');
  CREATE TYPE "public"."enum_members_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TABLE "members_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_members_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "members" ADD COLUMN "expertise_search" varchar;
  ALTER TABLE "members_languages" ADD CONSTRAINT "members_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "members_languages_order_idx" ON "members_languages" USING btree ("order");
  CREATE INDEX "members_languages_parent_idx" ON "members_languages" USING btree ("parent_id");`)

  const members = (await db.execute(sql`SELECT "id", "country", "city" FROM "members"`))
    .rows as unknown as MemberRow[]
  const typedLanguages = (
    await db.execute(
      sql`SELECT "parent_id", "text" AS "value" FROM "members_texts" WHERE "path" = 'languages' ORDER BY "parent_id", "order"`,
    )
  ).rows as unknown as ListRow[]
  for (const member of members) {
    const typed = member.country?.trim() ?? ''
    const code = typed ? countryCodeOf(typed) : null
    const city = typed && !code ? [member.city, typed].filter(Boolean).join(', ') : member.city
    await db.execute(
      sql`UPDATE "members" SET "country" = ${code}, "city" = ${city} WHERE "id" = ${member.id}`,
    )
    const codes = new Set<string>()
    const unknown: string[] = []
    for (const row of typedLanguages.filter((language) => language.parent_id === member.id)) {
      const language = languageCodeOf(row.value ?? '')
      if (language) codes.add(language)
      else if (row.value?.trim()) unknown.push(row.value.trim())
    }
    let order = 1
    for (const language of codes) {
      await db.execute(
        sql`INSERT INTO "members_languages" ("order", "parent_id", "value") VALUES (${order++}, ${member.id}, ${language})`,
      )
    }
    const skillsSoFar = Number(
      (
        (
          await db.execute(
            sql`SELECT count(*)::int AS "n" FROM "members_texts" WHERE "parent_id" = ${member.id} AND "path" = 'skills'`,
          )
        ).rows[0] as { n: number }
      ).n,
    )
    for (const [index, skill] of unknown.entries()) {
      await db.execute(
        sql`INSERT INTO "members_texts" ("order", "parent_id", "path", "text") VALUES (${skillsSoFar + index + 1}, ${member.id}, 'skills', ${skill})`,
      )
    }
  }
  await db.execute(sql`DELETE FROM "members_texts" WHERE "path" = 'languages'`)
  await db.execute(sql`
  ALTER TABLE "members" ALTER COLUMN "country" SET DATA TYPE "public"."enum_members_country" USING "country"::"public"."enum_members_country";
`)

  // The search text, from what each member now lists.
  await rebuildExpertiseSearch(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The languages go back to typed text (their codes), so a rollback loses none of them.
  await db.execute(sql`
    INSERT INTO "members_texts" ("order", "parent_id", "path", "text")
    SELECT "order", "parent_id", 'languages', "value"::text FROM "members_languages"`)
  await db.execute(sql`
   ALTER TABLE "members_languages" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "members_languages" CASCADE;
  ALTER TABLE "members" ALTER COLUMN "country" SET DATA TYPE varchar;
  ALTER TABLE "members" DROP COLUMN "expertise_search";
  DROP TYPE "public"."enum_members_languages";
  DROP TYPE "public"."enum_members_country";`)
}
