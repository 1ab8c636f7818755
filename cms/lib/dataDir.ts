import fs from 'node:fs'
import path from 'node:path'

/** The repository root: the nearest folder upward holding the one lockfile of the workspaces. */
export const repoRoot = (from = process.cwd()): string => {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package-lock.json'))) return dir
    if (path.dirname(dir) === dir) return path.resolve(from)
  }
}

/** Where uploads, the embedded database and the mail outbox live: `DATA_DIR`, else `.data/`. */
export const dataDir = (): string =>
  path.resolve(process.env.DATA_DIR ?? path.join(repoRoot(), '.data'))
