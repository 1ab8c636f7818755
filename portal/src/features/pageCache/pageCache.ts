import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'

import { recordingReads } from '@fazaa/shared/contentReads'
import { isCompressible, sharedMaxAge, type Encoding } from './cachePolicy'
import { compress } from './compression'

/** A rendered public page, kept with its compressed forms so that a hit costs no CPU. */
export interface CachedPage {
  status: number
  /** The page's own headers, without length or encoding (chosen per request). */
  headers: [string, string][]
  etag: string
  /** The body as rendered, and compressed forms for text (an image is kept as it is). */
  bodies: { identity: Buffer } & Partial<Record<Exclude<Encoding, 'identity'>, Buffer>>
  /**
   * The collections and globals its render read (noted by the CMS, see shared/contentReads.ts).
   * Empty when nothing was noted: such a page goes with any change, never stays stale.
   */
  reads: ReadonlySet<string>
}

/** Headers that describe one representation; the cached page recomputes them per request. */
const PER_REPRESENTATION = new Set(['content-length', 'content-encoding', 'etag', 'vary'])

/** A response the page cache may keep: a public 200 that sets no cookie. */
const cacheLifetimeOf = (response: Response): number =>
  response.status === 200 && !response.headers.has('set-cookie')
    ? sharedMaxAge(response.headers.get('cache-control'))
    : 0

const etagOf = (body: Buffer) =>
  `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`

/** Buffers and compresses a rendered response once, in every encoding a client may ask for. */
export const toCachedPage = async (
  response: Response,
  reads: ReadonlySet<string> = new Set(),
): Promise<CachedPage> => {
  const identity = Buffer.from(await response.arrayBuffer())
  const compressible = isCompressible(response.headers.get('content-type'))
  const bodies: CachedPage['bodies'] = { identity }
  if (compressible) {
    ;[bodies.br, bodies.gzip] = await Promise.all([
      compress(identity, 'br', true),
      compress(identity, 'gzip', true),
    ])
  }
  return {
    status: response.status,
    headers: [...response.headers].filter(([name]) => !PER_REPRESENTATION.has(name)),
    etag: etagOf(identity),
    bodies,
    reads,
  }
}

/**
 * The portal's page cache: anonymous reads of public pages, kept until the CMS announces a change
 * to something the page read (or the page's own s-maxage passes). It serves only while it can
 * hear the announcements; a render that began before a change is not stored after it (the
 * generation check), and many simultaneous misses of one page cause one render, not a stampede
 * on the database.
 */
export class PageCache {
  private readonly pages: LRUCache<string, CachedPage>
  private readonly pending = new Map<string, Promise<CachedPage | undefined>>()
  private generation = 0
  /** The generation at which each collection last changed, and at which everything did. */
  private readonly changedAt = new Map<string, number>()
  private everythingChangedAt = 0
  private listening = false
  private watching = false

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.pages = new LRUCache<string, CachedPage>({ maxSize: maxBytes })
  }

  /** Starts (once) whatever tells this cache about changes; see `watchContentChanges`. */
  watchWith(
    start: (handlers: {
      onChange: (what: string[]) => void
      onListening: (on: boolean) => void
    }) => unknown,
  ) {
    if (this.watching) return
    this.watching = true
    start({
      onChange: (what) => this.invalidate(what),
      onListening: (on) => {
        this.invalidate()
        this.listening = on
      },
    })
  }

  get isServing(): boolean {
    return this.listening
  }

  get size(): number {
    return this.pages.size
  }

  get(key: string): CachedPage | undefined {
    return this.listening ? this.pages.get(key) : undefined
  }

  /**
   * Drops the pages that read any of the changed collections (and pages that noted no reads);
   * with no list, every page (the announcements could not be heard). A render under way may
   * have read the old data whatever it noted so far, so none of those is stored.
   */
  invalidate(changed?: readonly string[]): void {
    this.generation += 1
    this.pending.clear()
    if (!changed || changed.length === 0) {
      this.everythingChangedAt = this.generation
      return this.pages.clear()
    }
    for (const slug of changed) this.changedAt.set(slug, this.generation)
    for (const [key, page] of this.pages.entries()) {
      if (page.reads.size === 0 || changed.some((slug) => page.reads.has(slug))) {
        this.pages.delete(key)
      }
    }
  }

  /** Whether something the page read changed after `generation` (when its render began). */
  private changedSince(generation: number, reads: ReadonlySet<string>): boolean {
    if (this.everythingChangedAt > generation) return true
    if (reads.size === 0) return this.generation > generation
    for (const slug of reads) if ((this.changedAt.get(slug) ?? 0) > generation) return true
    return false
  }

  /**
   * Renders a page once for all the requests that miss it together. Returns the cached page, or
   * the rendered response itself when it may not be cached (the first caller's response; the
   * others, finding nothing to share, render their own).
   */
  async fill(key: string, render: () => Promise<Response>): Promise<CachedPage | Response> {
    const inFlight = this.pending.get(key)
    if (inFlight) {
      const shared = await inFlight.catch(() => undefined)
      return shared ?? render()
    }
    const generation = this.generation
    let settle!: (page: CachedPage | undefined) => void
    this.pending.set(key, new Promise((resolve) => (settle = resolve)))
    try {
      // The body is read inside the recording too: Astro streams, and a component further down
      // the page may read while the body flows.
      const { value: rendered, reads } = await recordingReads(async () => {
        const response = await render()
        const lifetime = cacheLifetimeOf(response)
        if (!lifetime || !this.listening) return { response }
        return { response, lifetime, page: await toCachedPage(response) }
      })
      const { response, lifetime = 0, page: unread } = rendered
      if (!unread) {
        settle(undefined)
        return response
      }
      const page: CachedPage = { ...unread, reads }
      settle(page)
      if (!this.changedSince(generation, reads) && this.listening) {
        const size = Object.values(page.bodies).reduce((bytes, body) => bytes + body.length, 0)
        this.pages.set(key, page, { ttl: lifetime * 1000, size })
      }
      return page
    } catch (error) {
      settle(undefined)
      throw error
    } finally {
      if (this.pending.get(key) && generation === this.generation) this.pending.delete(key)
    }
  }
}

const SINGLETON = Symbol.for('fazaa.pageCache')

/**
 * One cache per process. The portal's front server (src/server.ts, loaded by Node) and the Astro
 * middleware (bundled by Astro) are two copies of this module; the global symbol makes them share
 * one instance, the way Payload shares its instance across Next's bundles.
 */
export const pageCache: PageCache = ((globalThis as Record<symbol, unknown>)[SINGLETON] ??=
  new PageCache()) as PageCache

/** The cache key: the path as requested (language prefix included) and the query. */
export const cacheKeyOf = (url: URL): string => `${url.pathname}${url.search}`
