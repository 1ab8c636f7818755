import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'

/**
 * A backup is a folder: `manifest.json` (what was dumped, row counts, the migrations the schema
 * is at), `data/<table>.copy.gz` (each table in PostgreSQL's COPY text format, as pg_dump writes
 * its data section), and `uploads/` (the media files). The schema is not dumped: it is the
 * committed migrations, which restore applies first, so a backup can only go back into the
 * version of Fazaa that wrote it (restore checks).
 *
 * Why not pg_dump: the embedded PostgreSQL is 18 and the client tools a machine has are often
 * older (Debian 12 ships 15), and pg_dump refuses a newer server. COPY is the same format and
 * needs nothing but the connection the application already has.
 */
export const BACKUP_FORMAT = 'fazaa-backup/1'

export interface BackupManifest {
  format: typeof BACKUP_FORMAT
  createdAt: string
  serverVersion: string
  migrations: string[]
  tables: { name: string; columns: string[]; rows: number }[]
  uploads: number
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

const tablesOf = async (db: pg.Client) => {
  const { rows } = await db.query<{ name: string; columns: string[] }>(
    `SELECT c.table_name AS name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
     FROM information_schema.columns c
     JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
     GROUP BY c.table_name ORDER BY c.table_name`,
  )
  return rows
}

const migrationsOf = async (db: pg.Client): Promise<string[]> =>
  (
    await db.query<{ name: string }>(
      `SELECT name FROM payload_migrations WHERE name <> 'dev' ORDER BY name`,
    )
  ).rows.map((row) => row.name)

const listFiles = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .sort()
    : []

/**
 * Writes a backup of the database at `databaseUrl` and the uploads in `mediaDir` to `target`
 * (which must not exist). The tables are read in one REPEATABLE READ transaction, so the backup
 * is one consistent moment even while people keep voting and giving.
 */
export const writeBackup = async (options: {
  databaseUrl: string
  mediaDir: string
  target: string
}): Promise<BackupManifest> => {
  const { databaseUrl, mediaDir, target } = options
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new folder.`)
  fs.mkdirSync(path.join(target, 'data'), { recursive: true })
  const db = new pg.Client(databaseUrl)
  await db.connect()
  try {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const tables = await tablesOf(db)
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      serverVersion: (
        await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")
      ).rows[0]!.v,
      migrations: await migrationsOf(db),
      tables: [],
      uploads: 0,
    }
    for (const { name, columns } of tables) {
      const file = path.join(target, 'data', `${name}.copy.gz`)
      const columnList = columns.map(quote).join(', ')
      await pipeline(
        db.query(copyTo(`COPY ${quote(name)} (${columnList}) TO STDOUT`)),
        zlib.createGzip(),
        fs.createWriteStream(file),
      )
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${quote(name)}`,
      )
      manifest.tables.push({ name, columns, rows: rows[0]!.n })
    }
    await db.query('COMMIT')
    const files = listFiles(mediaDir)
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(target, 'uploads', file)), { recursive: true })
      fs.copyFileSync(path.join(mediaDir, file), path.join(target, 'uploads', file))
    }
    manifest.uploads = files.length
    // Written last: a folder without a manifest is a backup that did not finish.
    fs.writeFileSync(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    return manifest
  } finally {
    await db.end()
  }
}

/**
 * Loads a backup into the database at `databaseUrl`, which must already be migrated to the
 * backup's version and hold no content (a fresh install): in one transaction, every table is
 * emptied and filled from the backup, the foreign keys are checked, and the id sequences are
 * moved past the restored ids. Then the uploads are copied into `mediaDir`. Nothing is half-restored: an error
 * rolls the database back.
 */
export const restoreBackup = async (options: {
  databaseUrl: string
  mediaDir: string
  source: string
}): Promise<BackupManifest> => {
  const { databaseUrl, mediaDir, source } = options
  const manifestFile = path.join(source, 'manifest.json')
  if (!fs.existsSync(manifestFile)) {
    throw new Error(`${source} has no manifest.json: it is not a finished backup.`)
  }
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`Unknown backup format ${manifest.format}`)
  const db = new pg.Client(databaseUrl)
  await db.connect()
  try {
    const migrations = await migrationsOf(db)
    if (migrations.join() !== manifest.migrations.join()) {
      throw new Error(
        `The backup was written at migration ${manifest.migrations.at(-1)}; this database is at ${migrations.at(-1)}. Restore with the version of Fazaa that wrote it.`,
      )
    }
    const { rows: content } = await db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM campaigns) AS n`,
    )
    if (Number(content[0]!.n) > 0) {
      throw new Error('This database already holds members or campaigns: restore into a fresh one.')
    }
    const here = new Map((await tablesOf(db)).map((table) => [table.name, table.columns]))
    for (const table of manifest.tables) {
      if (here.get(table.name)?.join() !== table.columns.join()) {
        throw new Error(`Table ${table.name} does not have the columns the backup has.`)
      }
    }
    await db.query('BEGIN')
    await db.query(`TRUNCATE ${[...here.keys()].map(quote).join(', ')} RESTART IDENTITY CASCADE`)
    // The tables reference each other in cycles (a campaign names its proposal, a proposal its
    // campaign), so no loading order satisfies every foreign key: as pg_restore does, load the
    // data first and put the keys back after, which checks every reference once.
    const { rows: foreignKeys } = await db.query<{
      table: string
      name: string
      definition: string
    }>(
      `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE k.contype = 'f' AND n.nspname = 'public'`,
    )
    for (const key of foreignKeys) {
      await db.query(`ALTER TABLE ${quote(key.table)} DROP CONSTRAINT ${quote(key.name)}`)
    }
    for (const table of manifest.tables) {
      const columnList = table.columns.map(quote).join(', ')
      await pipeline(
        fs.createReadStream(path.join(source, 'data', `${table.name}.copy.gz`)),
        zlib.createGunzip(),
        db.query(copyFrom(`COPY ${quote(table.name)} (${columnList}) FROM STDIN`)),
      )
    }
    for (const key of foreignKeys) {
      await db.query(
        `ALTER TABLE ${quote(key.table)} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`,
      )
    }
    const { rows: sequences } = await db.query<{ table: string; column: string; sequence: string }>(
      `SELECT c.table_name AS table, c.column_name AS column,
              pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS sequence
       FROM information_schema.columns c
       WHERE c.table_schema = 'public'
         AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL`,
    )
    for (const { table, column, sequence } of sequences) {
      await db.query(
        `SELECT setval($1, coalesce((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`,
        [sequence],
      )
    }
    await db.query('COMMIT')
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await db.end()
  }
  for (const file of listFiles(path.join(source, 'uploads'))) {
    fs.mkdirSync(path.dirname(path.join(mediaDir, file)), { recursive: true })
    fs.copyFileSync(path.join(source, 'uploads', file), path.join(mediaDir, file))
  }
  return manifest
}
