import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_transfers_channel" AS ENUM('exchange-office', 'intermediary', 'bank', 'hand-carried', 'other');
  CREATE TYPE "public"."enum_transfers_currency" AS ENUM('EUR', 'USD', 'GBP', 'SEK', 'CHF', 'CAD', 'TRY');
  CREATE TYPE "public"."enum_transfers_received_currency" AS ENUM('SYP', 'EUR', 'USD', 'GBP', 'SEK', 'CHF', 'CAD', 'TRY');
  CREATE TYPE "public"."enum_stripe_events_outcome" AS ENUM('pending', 'succeeded', 'refunded', 'failed');
  CREATE TABLE "transfers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"channel" "enum_transfers_channel" DEFAULT 'exchange-office' NOT NULL,
  	"channel_name" varchar,
  	"sent_on" timestamp(3) with time zone NOT NULL,
  	"amount_sent" numeric NOT NULL,
  	"fees" numeric,
  	"currency" "enum_transfers_currency" DEFAULT 'EUR' NOT NULL,
  	"exchange_rate" numeric NOT NULL,
  	"amount_received" numeric NOT NULL,
  	"received_currency" "enum_transfers_received_currency" DEFAULT 'SYP' NOT NULL,
  	"received_on" timestamp(3) with time zone,
  	"confirmed_by" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "transfers_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "stripe_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"type" varchar NOT NULL,
  	"session_id" varchar,
  	"payment_intent_id" varchar,
  	"outcome" "enum_stripe_events_outcome",
  	"refunded_amount" numeric,
  	"donation_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "giving" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"bank_account_holder" varchar,
  	"bank_bank_name" varchar,
  	"bank_iban" varchar,
  	"bank_bic" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "giving_locales" (
  	"bank_reference_hint" varchar,
  	"other_ways" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "giving_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  ALTER TABLE "donations" ALTER COLUMN "status" SET DEFAULT 'succeeded';
  ALTER TABLE "donations" ADD COLUMN "refunded_amount" numeric DEFAULT 0;
  ALTER TABLE "donations" ADD COLUMN "monthly" boolean DEFAULT false;
  ALTER TABLE "donations" ADD COLUMN "reference" varchar;
  ALTER TABLE "donations" ADD COLUMN "recorded_by_id" integer;
  ALTER TABLE "donations" ADD COLUMN "stripe_payment_intent_id" varchar;
  ALTER TABLE "donations" ADD COLUMN "stripe_invoice_id" varchar;
  ALTER TABLE "donations" ADD COLUMN "stripe_subscription_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "transfers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stripe_events_id" integer;
  ALTER TABLE "transfers" ADD CONSTRAINT "transfers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;
  ALTER TABLE "transfers_locales" ADD CONSTRAINT "transfers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."transfers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stripe_events" ADD CONSTRAINT "stripe_events_donation_id_donations_id_fk" FOREIGN KEY ("donation_id") REFERENCES "public"."donations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "giving_locales" ADD CONSTRAINT "giving_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."giving"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "giving_numbers" ADD CONSTRAINT "giving_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."giving"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "transfers_campaign_idx" ON "transfers" USING btree ("campaign_id");
  CREATE INDEX "transfers_updated_at_idx" ON "transfers" USING btree ("updated_at");
  CREATE INDEX "transfers_created_at_idx" ON "transfers" USING btree ("created_at");
  CREATE UNIQUE INDEX "transfers_locales_locale_parent_id_unique" ON "transfers_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "stripe_events_event_id_idx" ON "stripe_events" USING btree ("event_id");
  CREATE INDEX "stripe_events_type_idx" ON "stripe_events" USING btree ("type");
  CREATE INDEX "stripe_events_session_id_idx" ON "stripe_events" USING btree ("session_id");
  CREATE INDEX "stripe_events_payment_intent_id_idx" ON "stripe_events" USING btree ("payment_intent_id");
  CREATE INDEX "stripe_events_donation_idx" ON "stripe_events" USING btree ("donation_id");
  CREATE INDEX "stripe_events_updated_at_idx" ON "stripe_events" USING btree ("updated_at");
  CREATE INDEX "stripe_events_created_at_idx" ON "stripe_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "giving_locales_locale_parent_id_unique" ON "giving_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "giving_numbers_order_parent_idx" ON "giving_numbers" USING btree ("order","parent_id");
  ALTER TABLE "donations" ADD CONSTRAINT "donations_recorded_by_id_members_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_transfers_fk" FOREIGN KEY ("transfers_id") REFERENCES "public"."transfers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stripe_events_fk" FOREIGN KEY ("stripe_events_id") REFERENCES "public"."stripe_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "donations_recorded_by_idx" ON "donations" USING btree ("recorded_by_id");
  CREATE UNIQUE INDEX "donations_stripe_payment_intent_id_idx" ON "donations" USING btree ("stripe_payment_intent_id");
  CREATE UNIQUE INDEX "donations_stripe_invoice_id_idx" ON "donations" USING btree ("stripe_invoice_id");
  CREATE INDEX "donations_stripe_subscription_id_idx" ON "donations" USING btree ("stripe_subscription_id");
  CREATE INDEX "payload_locked_documents_rels_transfers_id_idx" ON "payload_locked_documents_rels" USING btree ("transfers_id");
  CREATE INDEX "payload_locked_documents_rels_stripe_events_id_idx" ON "payload_locked_documents_rels" USING btree ("stripe_events_id");
  -- Money is never lost with its campaign: a campaign with gifts, transfers or expenses
  -- cannot be deleted (it is closed instead).
  ALTER TABLE "donations" DROP CONSTRAINT "donations_campaign_id_campaigns_id_fk";
  ALTER TABLE "donations" ADD CONSTRAINT "donations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;
  ALTER TABLE "expenses" DROP CONSTRAINT "expenses_campaign_id_campaigns_id_fk";
  ALTER TABLE "expenses" ADD CONSTRAINT "expenses_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;
  -- What the rules say about amounts, held by the database too.
  ALTER TABLE "donations" ADD CONSTRAINT "donations_refund_within_amount"
    CHECK (refunded_amount IS NULL OR (refunded_amount >= 0 AND refunded_amount <= amount));
  ALTER TABLE "transfers" ADD CONSTRAINT "transfers_amounts_minor_units"
    CHECK (amount_sent > 0 AND amount_sent = trunc(amount_sent)
      AND (fees IS NULL OR (fees >= 0 AND fees = trunc(fees)))
      AND amount_received >= 0 AND amount_received = trunc(amount_received)
      AND exchange_rate > 0);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "donations" DROP CONSTRAINT "donations_refund_within_amount";
  ALTER TABLE "donations" DROP CONSTRAINT "donations_campaign_id_campaigns_id_fk";
  ALTER TABLE "donations" ADD CONSTRAINT "donations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expenses" DROP CONSTRAINT "expenses_campaign_id_campaigns_id_fk";
  ALTER TABLE "expenses" ADD CONSTRAINT "expenses_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "transfers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "transfers_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stripe_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "giving" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "giving_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "giving_numbers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "transfers" CASCADE;
  DROP TABLE "transfers_locales" CASCADE;
  DROP TABLE "stripe_events" CASCADE;
  DROP TABLE "giving" CASCADE;
  DROP TABLE "giving_locales" CASCADE;
  DROP TABLE "giving_numbers" CASCADE;
  ALTER TABLE "donations" DROP CONSTRAINT "donations_recorded_by_id_members_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_transfers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stripe_events_fk";
  
  DROP INDEX "donations_recorded_by_idx";
  DROP INDEX "donations_stripe_payment_intent_id_idx";
  DROP INDEX "donations_stripe_invoice_id_idx";
  DROP INDEX "donations_stripe_subscription_id_idx";
  DROP INDEX "payload_locked_documents_rels_transfers_id_idx";
  DROP INDEX "payload_locked_documents_rels_stripe_events_id_idx";
  ALTER TABLE "donations" ALTER COLUMN "status" SET DEFAULT 'pending';
  ALTER TABLE "donations" DROP COLUMN "refunded_amount";
  ALTER TABLE "donations" DROP COLUMN "monthly";
  ALTER TABLE "donations" DROP COLUMN "reference";
  ALTER TABLE "donations" DROP COLUMN "recorded_by_id";
  ALTER TABLE "donations" DROP COLUMN "stripe_payment_intent_id";
  ALTER TABLE "donations" DROP COLUMN "stripe_invoice_id";
  ALTER TABLE "donations" DROP COLUMN "stripe_subscription_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "transfers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stripe_events_id";
  DROP TYPE "public"."enum_transfers_channel";
  DROP TYPE "public"."enum_transfers_currency";
  DROP TYPE "public"."enum_transfers_received_currency";
  DROP TYPE "public"."enum_stripe_events_outcome";`)
}
