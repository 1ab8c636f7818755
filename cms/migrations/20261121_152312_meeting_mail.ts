import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_meetings_duties_duty" AS ENUM('presenter-chosen', 'guest-confirmed', 'questions-prepared', 'intro-members-contacted', 'campaign-leads-coordinated');
  CREATE TYPE "public"."enum_mail_deliveries_kind" AS ENUM('digest', 'vote-reminder', 'committee-formed', 'committee-ending');
  CREATE TYPE "public"."enum_mail_deliveries_status" AS ENUM('pending', 'sending', 'sent', 'failed', 'cancelled');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'queueReminders';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'queueReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendMail';
  CREATE TABLE "meetings_duties" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"duty" "enum_meetings_duties_duty",
  	"done" boolean DEFAULT false,
  	"done_by_id" integer,
  	"note" varchar
  );
  
  CREATE TABLE "mail_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "enum_mail_deliveries_kind" NOT NULL,
  	"status" "enum_mail_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"member_id" integer NOT NULL,
  	"meeting_id" integer,
  	"subject_id" numeric,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"claimed_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "members" ADD COLUMN "introduction_declined" boolean DEFAULT false;
  ALTER TABLE "members" ADD COLUMN "reminders_opt_in" boolean DEFAULT true;
  ALTER TABLE "digests_locales" ADD COLUMN "whatsapp_text" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_deliveries_id" integer;
  ALTER TABLE "meetings_duties" ADD CONSTRAINT "meetings_duties_done_by_id_members_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_duties" ADD CONSTRAINT "meetings_duties_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "meetings_duties_order_idx" ON "meetings_duties" USING btree ("_order");
  CREATE INDEX "meetings_duties_parent_id_idx" ON "meetings_duties" USING btree ("_parent_id");
  CREATE INDEX "meetings_duties_done_by_idx" ON "meetings_duties" USING btree ("done_by_id");
  CREATE UNIQUE INDEX "mail_deliveries_key_idx" ON "mail_deliveries" USING btree ("key");
  CREATE INDEX "mail_deliveries_kind_idx" ON "mail_deliveries" USING btree ("kind");
  CREATE INDEX "mail_deliveries_status_idx" ON "mail_deliveries" USING btree ("status");
  CREATE INDEX "mail_deliveries_member_idx" ON "mail_deliveries" USING btree ("member_id");
  CREATE INDEX "mail_deliveries_meeting_idx" ON "mail_deliveries" USING btree ("meeting_id");
  CREATE INDEX "mail_deliveries_next_attempt_at_idx" ON "mail_deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "mail_deliveries_updated_at_idx" ON "mail_deliveries" USING btree ("updated_at");
  CREATE INDEX "mail_deliveries_created_at_idx" ON "mail_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_deliveries_fk" FOREIGN KEY ("mail_deliveries_id") REFERENCES "public"."mail_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_mail_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meetings_duties" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meetings_duties" CASCADE;
  DROP TABLE "mail_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'completeExpiredCommittees');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'completeExpiredCommittees');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_mail_deliveries_id_idx";
  ALTER TABLE "members" DROP COLUMN "introduction_declined";
  ALTER TABLE "members" DROP COLUMN "reminders_opt_in";
  ALTER TABLE "digests_locales" DROP COLUMN "whatsapp_text";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_deliveries_id";
  DROP TYPE "public"."enum_meetings_duties_duty";
  DROP TYPE "public"."enum_mail_deliveries_kind";
  DROP TYPE "public"."enum_mail_deliveries_status";`)
}
