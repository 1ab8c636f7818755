import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startThrowawayDatabase, type ThrowawayDatabase } from '../../scripts/lib/throwawayDatabase'
import { databaseFingerprint } from '../helpers/databaseFingerprint'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')

/** The real commands, as an operator types them: `npm run backup`, `npm run restore`. */
const script = (name: string, args: string[], env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
    cwd: root,
    env: { ...process.env, FAZAA_JOBS: 'off', LOG_LEVEL: 'warn', ...env },
    timeout: 240_000,
  })

/** Every file under `dir` with its SHA-256. */
const filesOf = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name)
        const hash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
        return [path.relative(dir, file), hash]
      }),
  )

const fingerprintOf = async (url: string) => {
  const db = new pg.Client(url)
  await db.connect()
  try {
    return await databaseFingerprint(db)
  } finally {
    await db.end()
  }
}

let source: ThrowawayDatabase
let target: ThrowawayDatabase
let work: string

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-backup-test-'))
  source = await startThrowawayDatabase('backup_source')
  target = await startThrowawayDatabase('backup_target')
  // The demo fellowship: members, campaigns with gifts, transfers and receipts (uploads), votes,
  // committees, meetings with their digest queued.
  await script('seed', [], { DATABASE_URL: source.url, DATA_DIR: path.join(work, 'site') })
}, 300_000)

afterAll(async () => {
  await source?.stop()
  await target?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('npm run backup, then npm run restore into a fresh database', () => {
  it('brings back every table row for row and every upload byte for byte', async () => {
    const backup = path.join(work, 'backup')
    const written = await script('backup', [backup], {
      DATABASE_URL: source.url,
      DATA_DIR: path.join(work, 'site'),
    })
    expect(written.stdout).toMatch(/Backup written to .*: \d+ tables, \d+ rows, \d+ uploaded files/)
    const restored = await script('restore', [backup], {
      DATABASE_URL: target.url,
      DATA_DIR: path.join(work, 'restored'),
    })
    expect(restored.stdout).toContain('Restored')

    const before = await fingerprintOf(source.url)
    const after = await fingerprintOf(target.url)
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    expect(after).toEqual(before)
    // Not an empty comparison: the demo has content in the tables that matter.
    for (const table of ['members', 'campaigns', 'donations', 'votes', 'transfers', 'expenses']) {
      expect([table, before[table]!.rows > 0]).toEqual([table, true])
    }
    const uploads = filesOf(path.join(work, 'site', 'media'))
    expect(Object.keys(uploads).length).toBeGreaterThan(0)
    expect(filesOf(path.join(work, 'restored', 'media'))).toEqual(uploads)

    // New rows continue after the restored ids rather than colliding with them.
    const db = new pg.Client(target.url)
    await db.connect()
    const { rows } = await db.query<{ next: string; max: number }>(
      `SELECT nextval(pg_get_serial_sequence('donations', 'id')) AS next,
              (SELECT max(id) FROM donations) AS max`,
    )
    await db.end()
    expect(Number(rows[0]!.next)).toBeGreaterThan(rows[0]!.max)
  })

  it('refuses to restore over a database that already has content, and changes nothing', async () => {
    const before = await fingerprintOf(target.url)
    const refused = await script('restore', [path.join(work, 'backup')], {
      DATABASE_URL: target.url,
      DATA_DIR: path.join(work, 'restored'),
    }).catch((error: { code: number; stderr: string }) => error)
    expect('code' in refused && refused.code).toBe(1)
    expect((refused as { stderr: string }).stderr).toContain(
      'This database already holds members or campaigns',
    )
    // The one change is the sequence nextval() above advanced, which is not a table row.
    expect(await fingerprintOf(target.url)).toEqual(before)
  })

  it('refuses a folder that is not a finished backup', async () => {
    const half = path.join(work, 'half')
    fs.mkdirSync(path.join(half, 'data'), { recursive: true })
    const refused = await script('restore', [half], {
      DATABASE_URL: target.url,
      DATA_DIR: path.join(work, 'restored'),
    }).catch((error: { code: number; stderr: string }) => error)
    expect((refused as { stderr: string }).stderr).toContain('has no manifest.json')
  })
})
