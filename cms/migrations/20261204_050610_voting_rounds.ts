import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { formatAdminDate } from '@fazaa/shared/i18n/locales'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_voting_rounds_status" AS ENUM('open', 'extended', 'tied', 'decided', 'no-quorum', 'no-majority');
  ALTER TYPE "public"."enum_mail_deliveries_kind" ADD VALUE 'round-result';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'closeVotingRounds';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'closeVotingRounds';
  CREATE TABLE "voting_rounds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opens_at" timestamp(3) with time zone NOT NULL,
  	"closes_at" timestamp(3) with time zone NOT NULL,
  	"quorum_percent" numeric,
  	"status" "enum_voting_rounds_status" DEFAULT 'open' NOT NULL,
  	"eligible" numeric,
  	"voters" numeric,
  	"needed" numeric,
  	"closed_at" timestamp(3) with time zone,
  	"extended_from" timestamp(3) with time zone,
  	"winner_id" integer,
  	"decision_reason" varchar,
  	"decided_by_id" integer,
  	"campaign_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "voting_rounds_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "voting_rounds_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"proposals_id" integer
  );
  
  ALTER TABLE "proposals" ADD COLUMN "round_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "voting_rounds_id" integer;
  ALTER TABLE "voting_rounds" ADD CONSTRAINT "voting_rounds_winner_id_proposals_id_fk" FOREIGN KEY ("winner_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "voting_rounds" ADD CONSTRAINT "voting_rounds_decided_by_id_members_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "voting_rounds" ADD CONSTRAINT "voting_rounds_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "voting_rounds_locales" ADD CONSTRAINT "voting_rounds_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."voting_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "voting_rounds_rels" ADD CONSTRAINT "voting_rounds_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."voting_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "voting_rounds_rels" ADD CONSTRAINT "voting_rounds_rels_proposals_fk" FOREIGN KEY ("proposals_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "voting_rounds_closes_at_idx" ON "voting_rounds" USING btree ("closes_at");
  CREATE INDEX "voting_rounds_status_idx" ON "voting_rounds" USING btree ("status");
  CREATE INDEX "voting_rounds_winner_idx" ON "voting_rounds" USING btree ("winner_id");
  CREATE INDEX "voting_rounds_decided_by_idx" ON "voting_rounds" USING btree ("decided_by_id");
  CREATE INDEX "voting_rounds_campaign_idx" ON "voting_rounds" USING btree ("campaign_id");
  CREATE INDEX "voting_rounds_updated_at_idx" ON "voting_rounds" USING btree ("updated_at");
  CREATE INDEX "voting_rounds_created_at_idx" ON "voting_rounds" USING btree ("created_at");
  CREATE UNIQUE INDEX "opensAt_closesAt_idx" ON "voting_rounds" USING btree ("opens_at","closes_at");
  CREATE UNIQUE INDEX "voting_rounds_locales_locale_parent_id_unique" ON "voting_rounds_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "voting_rounds_rels_order_idx" ON "voting_rounds_rels" USING btree ("order");
  CREATE INDEX "voting_rounds_rels_parent_idx" ON "voting_rounds_rels" USING btree ("parent_id");
  CREATE INDEX "voting_rounds_rels_path_idx" ON "voting_rounds_rels" USING btree ("path");
  CREATE INDEX "voting_rounds_rels_proposals_id_idx" ON "voting_rounds_rels" USING btree ("proposals_id");
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_round_id_voting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."voting_rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_voting_rounds_fk" FOREIGN KEY ("voting_rounds_id") REFERENCES "public"."voting_rounds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "proposals_round_idx" ON "proposals" USING btree ("round_id");
  CREATE INDEX "payload_locked_documents_rels_voting_rounds_id_idx" ON "payload_locked_documents_rels" USING btree ("voting_rounds_id");`)

  // One winner per round, held by the database: the close and a tie's decision both write it.
  await db.execute(sql`
    CREATE UNIQUE INDEX "proposals_one_selected_per_round" ON "proposals" ("round_id")
      WHERE "status" = 'selected' AND "round_id" IS NOT NULL;
  `)
  // Proposals already in a vote join the round of their window; a round whose close has passed
  // is then closed by the job, as any other.
  await db.execute(sql`
    INSERT INTO voting_rounds (opens_at, closes_at, status)
    SELECT DISTINCT voting_opens_at, voting_closes_at, 'open'::enum_voting_rounds_status
      FROM proposals
     WHERE status = 'voting' AND voting_opens_at IS NOT NULL
       AND voting_closes_at > voting_opens_at
    ON CONFLICT DO NOTHING;
    UPDATE proposals p SET round_id = r.id
      FROM voting_rounds r
     WHERE p.status = 'voting' AND r.opens_at = p.voting_opens_at AND r.closes_at = p.voting_closes_at;
  `)
  // Named after their close in both languages, as a new round is.
  const { rows } = await db.execute(sql`SELECT id, closes_at FROM voting_rounds`)
  for (const row of rows as { id: number; closes_at: string | Date }[]) {
    const when = (locale: 'ar' | 'en') =>
      formatAdminDate(new Date(row.closes_at).toISOString(), locale, {
        withTime: true,
        timeZone: DEFAULT_TIME_ZONE,
      })
    await db.execute(sql`
      INSERT INTO voting_rounds_locales (name, _locale, _parent_id)
      VALUES (${`جولة تُغلق ${when('ar')}`}, 'ar', ${row.id}), (${`Round closing ${when('en')}`}, 'en', ${row.id})
    `)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "voting_rounds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "voting_rounds_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "voting_rounds_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "voting_rounds" CASCADE;
  DROP TABLE "voting_rounds_locales" CASCADE;
  DROP TABLE "voting_rounds_rels" CASCADE;
  ALTER TABLE "proposals" DROP CONSTRAINT "proposals_round_id_voting_rounds_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_voting_rounds_fk";
  
  ALTER TABLE "mail_deliveries" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_mail_deliveries_kind";
  CREATE TYPE "public"."enum_mail_deliveries_kind" AS ENUM('digest', 'vote-reminder', 'committee-formed', 'committee-ending', 'help-offer', 'application', 'application-received', 'welcome');
  ALTER TABLE "mail_deliveries" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_mail_deliveries_kind" USING "kind"::"public"."enum_mail_deliveries_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'completeExpiredCommittees', 'queueReminders', 'sendMail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'completeExpiredCommittees', 'queueReminders', 'sendMail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "proposals_round_idx";
  DROP INDEX "payload_locked_documents_rels_voting_rounds_id_idx";
  ALTER TABLE "proposals" DROP COLUMN "round_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "voting_rounds_id";
  DROP TYPE "public"."enum_voting_rounds_status";`)
}
