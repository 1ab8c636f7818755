import fs from 'node:fs'
import path from 'node:path'

const SKIP = new Set(['node_modules', '.next', 'dist', '.astro', '.data'])

const newestChange = (target: string): number => {
  const stat = fs.statSync(target, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of fs.readdirSync(target)) {
    if (!SKIP.has(entry)) newest = Math.max(newest, newestChange(path.join(target, entry)))
  }
  return newest
}

/** True when the build output `marker` is missing or older than any of the sources. */
export const needsBuild = (marker: string, sources: string[]): boolean => {
  const built = fs.statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? 0
  return sources.some((source) => newestChange(source) > built)
}
