import path from 'node:path'

import { restoreBackup } from './lib/backup'
import { ensureDatabase, prepareEnvironment } from './lib/environment'
import { closePayload, openPayload } from './lib/openPayload'

/**
 * `npm run restore -- <backup folder>`: brings a fresh database (DATABASE_URL, or the embedded
 * one in DATA_DIR) to the state of the backup. Applies the migrations first, then loads every
 * table in one transaction and copies the uploads back. Refuses a database that already holds
 * members or campaigns, so a mistyped command cannot overwrite a live site.
 */
prepareEnvironment()
const source = process.argv[2]
if (!source) {
  console.error('Usage: npm run restore -- <backup folder>')
  process.exit(2)
}
const database = await ensureDatabase()
try {
  await closePayload(await openPayload())
  const manifest = await restoreBackup({
    databaseUrl: database.url,
    mediaDir: path.join(process.env.DATA_DIR!, 'media'),
    source: path.resolve(source),
  })
  console.log(
    `Restored ${manifest.tables.length} tables and ${manifest.uploads} uploaded files from the backup of ${manifest.createdAt}.`,
  )
} catch (error) {
  console.error(`Restore refused: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await database.stop()
}
process.exit()
