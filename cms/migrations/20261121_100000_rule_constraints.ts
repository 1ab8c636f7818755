import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The rules that must survive races, held by PostgreSQL itself (the hooks explain them first;
 * this is the last line when two requests pass the hooks at the same moment). Names here are
 * matched by cms/hooks/translateConstraintErrors.ts to give the rule's own message.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  -- Rule 1: a committee never has more members than its seat limit (5, or 10 for brainstorm
  -- groups, as configured). Locking the committee row serialises concurrent writers, so the
  -- second one counts what the first committed.
  CREATE FUNCTION fazaa_check_committee_seats() RETURNS trigger AS $$
  DECLARE
    committee_seat_limit integer;
    committee_kind text;
    member_count integer;
  BEGIN
    SELECT c.seat_limit, c.kind INTO committee_seat_limit, committee_kind
      FROM committees c WHERE c.id = NEW.parent_id FOR UPDATE;
    IF committee_seat_limit IS NULL THEN
      RETURN NULL;
    END IF;
    SELECT count(DISTINCT r.members_id) INTO member_count
      FROM committees_rels r WHERE r.parent_id = NEW.parent_id AND r.path = 'members';
    IF member_count > committee_seat_limit THEN
      RAISE EXCEPTION 'fazaa_committee_seat_limit limit=% count=% kind=%',
        committee_seat_limit, member_count, committee_kind
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
  END $$ LANGUAGE plpgsql;

  CREATE TRIGGER fazaa_committee_seat_limit
    AFTER INSERT OR UPDATE ON committees_rels
    FOR EACH ROW WHEN (NEW.path = 'members')
    EXECUTE FUNCTION fazaa_check_committee_seats();

  -- Rule 2: no permanent committees; an end date after the start.
  ALTER TABLE committees ADD CONSTRAINT committees_end_after_start CHECK (end_date > start_date);

  -- Rule 6: only one campaign fundraising at a time.
  CREATE UNIQUE INDEX campaigns_one_fundraising_idx ON campaigns (status) WHERE status = 'fundraising';

  -- Rule 8: one Big Sunday Meeting a month.
  CREATE UNIQUE INDEX meetings_one_big_sunday_a_month_idx ON meetings (month) WHERE kind = 'big-sunday';

  -- Rule 9: four eyes on money.
  ALTER TABLE expenses ADD CONSTRAINT expenses_not_self_approved
    CHECK (approved_by_id IS NULL OR submitted_by_id IS NULL OR approved_by_id <> submitted_by_id);

  -- Money is whole minor units, positive for money in and out.
  ALTER TABLE donations ADD CONSTRAINT donations_amount_minor_units CHECK (amount > 0 AND amount = trunc(amount));
  ALTER TABLE expenses ADD CONSTRAINT expenses_amount_minor_units CHECK (amount > 0 AND amount = trunc(amount));
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE expenses DROP CONSTRAINT expenses_amount_minor_units;
  ALTER TABLE donations DROP CONSTRAINT donations_amount_minor_units;
  ALTER TABLE expenses DROP CONSTRAINT expenses_not_self_approved;
  DROP INDEX meetings_one_big_sunday_a_month_idx;
  DROP INDEX campaigns_one_fundraising_idx;
  ALTER TABLE committees DROP CONSTRAINT committees_end_after_start;
  DROP TRIGGER fazaa_committee_seat_limit ON committees_rels;
  DROP FUNCTION fazaa_check_committee_seats();
  `)
}
