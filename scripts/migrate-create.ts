import { execFileSync } from 'node:child_process'
import path from 'node:path'

import { ensureDatabase, prepareEnvironment, ROOT } from './lib/environment'

/** `npm run migrate:create -- name`: a new migration from the schema's difference. */
prepareEnvironment()
const database = await ensureDatabase()
try {
  execFileSync('npx', ['payload', 'migrate:create', ...process.argv.slice(2)], {
    cwd: path.join(ROOT, 'cms'),
    stdio: 'inherit',
    env: process.env,
  })
} finally {
  await database.stop()
}
