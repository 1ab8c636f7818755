import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
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

// Payload writes `import { MigrateUpArgs, ... }`; Node's type stripping needs the types marked.
const dir = path.join(ROOT, 'cms', 'migrations')
for (const file of fs.readdirSync(dir).filter((name) => /^\d.*\.ts$/.test(name))) {
  const full = path.join(dir, file)
  fs.writeFileSync(
    full,
    fs
      .readFileSync(full, 'utf8')
      .replace(
        "import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'",
        "import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'",
      ),
  )
}
