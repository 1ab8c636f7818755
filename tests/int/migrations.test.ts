import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../cms/migrations'

const run = promisify(execFile)
const name = `fazaa_migrations_${process.pid}`
let url: string

beforeAll(async () => {
  const admin = new pg.Client(process.env.DATABASE_URL)
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const parsed = new URL(process.env.DATABASE_URL!)
  parsed.pathname = `/${name}`
  url = parsed.toString()
})

afterAll(async () => {
  const admin = new pg.Client(process.env.DATABASE_URL)
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.end()
})

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
})
