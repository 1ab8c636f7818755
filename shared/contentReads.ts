import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Which collections (and globals) a piece of work read, noted by the CMS itself as it answers
 * each read (see cms/hooks/noteContentRead.ts): the portal's page cache renders a page inside
 * `recordingReads` and keeps the list with the page, so that a change to one collection drops
 * only the pages that read it.
 *
 * One store per process, on a global symbol: the portal bundles the CMS config (where the
 * hook lives) apart from its own modules, and both must see the same store.
 */
const STORE = Symbol.for('fazaa.contentReads')

const storage = ((globalThis as Record<symbol, unknown>)[STORE] ??= new AsyncLocalStorage<
  Set<string>
>()) as AsyncLocalStorage<Set<string>>

/** Notes that the work in progress (if anyone is recording it) read these collections. */
export const noteRead = (...slugs: string[]): void => {
  const reads = storage.getStore()
  if (reads) for (const slug of slugs) reads.add(slug)
}

/** Runs `work` and returns what it read alongside its result. */
export const recordingReads = async <T>(
  work: () => Promise<T>,
): Promise<{ value: T; reads: ReadonlySet<string> }> => {
  const reads = new Set<string>()
  const value = await storage.run(reads, work)
  return { value, reads }
}
