import fs from 'node:fs'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

const MIGRATIONS = path.resolve(import.meta.dirname, '../../cms/migrations')

describe('the migrations', () => {
  it('hold every table, column and index the collections declare: nothing waits for a migration', async () => {
    // What `npm run migrate:create` compares: the latest migration's snapshot against the schema
    // Payload builds from the collections now. A field changed without its migration (a column
    // added, a label override that turned into a column) shows here, not on a user's database.
    const payload = await testPayload('migrations-match')
    const db = payload.db as unknown as PostgresAdapter
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = fs
      .readdirSync(MIGRATIONS)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)!
    const before = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, latest), 'utf8'))
    const now = await generateDrizzleJson(db.schema)
    await expect(generateMigration(before, now)).resolves.toEqual([])
  })
})
