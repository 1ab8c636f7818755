import { ensureDatabase, prepareEnvironment } from './lib/environment'
import { closePayload, openPayload } from './lib/openPayload'

/** `npm run migrate`: applies the committed migrations to the configured database. */
prepareEnvironment()
const database = await ensureDatabase()
await closePayload(await openPayload())
await database.stop()
console.log('Migrations applied.')
// Payload keeps a pooled client checked out; nothing is left to do, so do not wait for it.
process.exit(0)
