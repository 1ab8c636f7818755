import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../cms/migrations'

const run = promisify(execFile)
const name = `fazaa_migrations_${process.pid}`
const older = `fazaa_migrations_older_${process.pid}`
const texts = `fazaa_migrations_texts_${process.pid}`
const rounds = `fazaa_migrations_rounds_${process.pid}`
let url: string

beforeAll(async () => {
  const admin = new pg.Client(process.env.DATABASE_URL)
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.query(`CREATE DATABASE "${older}"`)
  await admin.query(`CREATE DATABASE "${texts}"`)
  await admin.query(`CREATE DATABASE "${rounds}"`)
  await admin.end()
  const parsed = new URL(process.env.DATABASE_URL!)
  parsed.pathname = `/${name}`
  url = parsed.toString()
})

afterAll(async () => {
  const admin = new pg.Client(process.env.DATABASE_URL)
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.query(`DROP DATABASE IF EXISTS "${older}" WITH (FORCE)`)
  await admin.query(`DROP DATABASE IF EXISTS "${texts}" WITH (FORCE)`)
  await admin.query(`DROP DATABASE IF EXISTS "${rounds}" WITH (FORCE)`)
  await admin.end()
})

/** A database migrated up to (not including) the migration whose name ends with `suffix`. */
const migratedUpTo = async (database: string, suffix: string) => {
  const parsed = new URL(process.env.DATABASE_URL!)
  parsed.pathname = `/${database}`
  const pool = new pg.Pool({ connectionString: parsed.toString(), max: 1 })
  const db = drizzle({ client: pool })
  const at = migrations.findIndex((m) => m.name.endsWith(suffix))
  expect(at).toBeGreaterThan(0)
  const args = { db, payload: undefined, req: undefined } as unknown as Parameters<
    (typeof migrations)[number]['up']
  >[0]
  for (const migration of migrations.slice(0, at)) await migration.up(args)
  return { pool, args, migration: migrations[at]! }
}

const migrate = () =>
  run('npx', ['tsx', 'scripts/migrate.ts'], {
    env: { ...process.env, DATABASE_URL: url },
    timeout: 60_000,
  })

describe('migrations', () => {
  it('apply to an empty database with `npm run migrate`, and a second run changes nothing', async () => {
    await migrate()
    await migrate()
    const client = new pg.Client(url)
    await client.connect()
    try {
      const applied = await client.query('SELECT name FROM payload_migrations ORDER BY name')
      expect(applied.rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name))
      const trigger = await client.query(
        `SELECT 1 FROM pg_trigger WHERE tgname = 'fazaa_committee_seat_limit'`,
      )
      expect(trigger.rowCount).toBe(1)
      const tables = await client.query(
        `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename IN
         ('members','campaigns','donations','expenses','proposals','votes','committees','guests','meetings','partners','media','digests')`,
      )
      expect(tables.rows[0].n).toBe(12)
    } finally {
      await client.end()
    }
  })

  it('turns countries and languages typed before into codes, and loses none of what was typed', async () => {
    const { pool, args, migration } = await migratedUpTo(older, '_countries_languages_codes')
    try {
      // Members as the old text fields held them: an English name, an Arabic one without its
      // hamza, a country no list names; languages as people typed them.
      const { rows } = await pool.query<{ id: number }>(
        `INSERT INTO members (email, country, city, updated_at, created_at) VALUES
         ('a@example.org', 'Germany', 'Berlin', now(), now()),
         ('b@example.org', 'المانيا', NULL, now(), now()),
         ('c@example.org', 'Atlantis', 'Poseidonia', now(), now())
         RETURNING id`,
      )
      const [a, b, c] = rows.map((row) => row.id)
      await pool.query(
        `INSERT INTO members_texts ("order", parent_id, path, text) VALUES
         (1, $1, 'languages', 'German'), (2, $1, 'languages', 'العربية'), (1, $1, 'skills', 'طاقة شمسيّة'),
         (1, $2, 'languages', 'Klingon'), (1, $2, 'skills', 'nursing')`,
        [a, b],
      )
      await migration.up(args)

      const members = await pool.query(
        `SELECT id, country::text AS country, city, expertise_search FROM members ORDER BY id`,
      )
      expect(members.rows.map(({ id, country, city }) => ({ id, country, city }))).toEqual([
        { id: a, country: 'DE', city: 'Berlin' },
        { id: b, country: 'DE', city: null },
        { id: c, country: null, city: 'Poseidonia, Atlantis' },
      ])
      const languages = await pool.query(
        `SELECT parent_id, value::text AS value FROM members_languages ORDER BY parent_id, "order"`,
      )
      expect(languages.rows).toEqual([
        { parent_id: a, value: 'de' },
        { parent_id: a, value: 'ar' },
      ])
      const skills = await pool.query(
        `SELECT parent_id, text FROM members_texts WHERE path = 'skills' ORDER BY parent_id, "order"`,
      )
      expect(skills.rows).toEqual([
        { parent_id: a, text: 'طاقة شمسيّة' },
        { parent_id: b, text: 'nursing' },
        { parent_id: b, text: 'Klingon' },
      ])
      // The search text was built for the rows already there.
      const search = members.rows[0].expertise_search as string
      for (const word of ['المانيا', 'germany', 'الالمانيه', 'german', 'طاقه شمسيه']) {
        expect(search).toContain(word)
      }
    } finally {
      await pool.end()
    }
  })

  it('moves proposal and expense texts under the language they were written in, and back', async () => {
    const { pool, args, migration } = await migratedUpTo(texts, '_proposals_expenses_per_language')
    try {
      const { rows } = await pool.query<{ id: number }>(
        `INSERT INTO proposals (title, summary) VALUES
         ('رفوف للمكتبة', 'رفوف لمكتبة المدرسة'), ('Shade trees', 'For the school yard')
         RETURNING id`,
      )
      const [arabic, english] = rows.map((row) => row.id)
      const campaign = await pool.query<{ id: number }>(
        `INSERT INTO campaigns (month, goal_amount) VALUES ('2026-07', 1000) RETURNING id`,
      )
      await pool.query(
        `INSERT INTO expenses (campaign_id, amount, description) VALUES ($1, 100, 'طلاء'), ($1, 200, 'Nails')`,
        [campaign.rows[0]!.id],
      )
      await migration.up(args)
      const proposals = await pool.query(
        `SELECT _parent_id AS id, _locale::text AS locale, title FROM proposals_locales ORDER BY _parent_id`,
      )
      expect(proposals.rows).toEqual([
        { id: arabic, locale: 'ar', title: 'رفوف للمكتبة' },
        { id: english, locale: 'en', title: 'Shade trees' },
      ])
      const expenses = await pool.query(
        `SELECT _locale::text AS locale, description FROM expenses_locales ORDER BY _parent_id`,
      )
      expect(expenses.rows).toEqual([
        { locale: 'ar', description: 'طلاء' },
        { locale: 'en', description: 'Nails' },
      ])
      // Down again: one text each, the Arabic where a proposal has both.
      await pool.query(
        `INSERT INTO proposals_locales (title, summary, _locale, _parent_id) VALUES ('Shelves', 'Shelves', 'en', $1)`,
        [arabic],
      )
      await migration.down(args)
      const restored = await pool.query(`SELECT id, title FROM proposals ORDER BY id`)
      expect(restored.rows).toEqual([
        { id: arabic, title: 'رفوف للمكتبة' },
        { id: english, title: 'Shade trees' },
      ])
    } finally {
      await pool.end()
    }
  })

  it('puts proposals already in a vote into the round of their window, named in both languages', async () => {
    const { pool, args, migration } = await migratedUpTo(rounds, '_voting_rounds')
    try {
      const window = ['2026-12-01T15:00:00Z', '2026-12-08T15:00:00Z']
      const { rows } = await pool.query<{ id: number }>(
        `INSERT INTO proposals (status, voting_opens_at, voting_closes_at) VALUES
         ('voting', $1, $2), ('voting', $1, $2), ('voting', $1, '2026-12-20T16:00:00Z'),
         ('in-discussion', NULL, NULL)
         RETURNING id`,
        window,
      )
      await migration.up(args)
      const linked = await pool.query<{ id: number; round: number | null }>(
        `SELECT id, round_id AS round FROM proposals ORDER BY id`,
      )
      const [a, b, c, d] = linked.rows
      expect(a!.round).toEqual(expect.any(Number))
      expect(b!.round).toBe(a!.round)
      expect(c!.round).not.toBe(a!.round)
      expect(d!.round).toBeNull()
      expect(linked.rows.map((row) => row.id)).toEqual(rows.map((row) => row.id))
      const names = await pool.query(
        `SELECT _locale::text AS locale, name FROM voting_rounds_locales WHERE _parent_id = $1 ORDER BY _locale`,
        [a!.round],
      )
      expect(names.rows).toEqual([
        { locale: 'ar', name: 'جولة تُغلق ٨ كانون الأول ٢٠٢٦ في ١٨:٠٠' },
        { locale: 'en', name: 'Round closing 8 December 2026 at 18:00' },
      ])
      // One winner per round, held by the database.
      await pool.query(`UPDATE proposals SET status = 'selected' WHERE id = $1`, [a!.id])
      await expect(
        pool.query(`UPDATE proposals SET status = 'selected' WHERE id = $1`, [b!.id]),
      ).rejects.toMatchObject({ constraint: 'proposals_one_selected_per_round' })
    } finally {
      await pool.end()
    }
  })
})
