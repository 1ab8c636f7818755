import path from 'node:path'

import { writeBackup } from './lib/backup'
import { ensureDatabase, prepareEnvironment, ROOT } from './lib/environment'

/**
 * `npm run backup [-- <folder>]`: the database (every table, one consistent moment) and the
 * uploads, into a new folder (default `backups/fazaa-<date>-<time>/`). Safe while the site runs.
 * See scripts/lib/backup.ts for the format and `npm run restore` for the way back.
 */
prepareEnvironment()
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
const target = path.resolve(process.argv[2] ?? path.join(ROOT, 'backups', `fazaa-${stamp}`))
const database = await ensureDatabase()
try {
  const manifest = await writeBackup({
    databaseUrl: database.url,
    mediaDir: path.join(process.env.DATA_DIR!, 'media'),
    target,
  })
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  console.log(
    `Backup written to ${target}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.uploads} uploaded files, schema at ${manifest.migrations.at(-1)}.`,
  )
} finally {
  await database.stop()
}
