import { isFresh, pickEncoding } from './cachePolicy'
import type { CachedPage } from './pageCache'

export interface Representation {
  status: number
  headers: [string, string][]
  body: Buffer | null
}

/**
 * What to send for a cached page to one client: 304 when it already has this version, otherwise
 * the body in the best encoding it accepts, with the headers that describe that choice.
 */
export const representationOf = (
  page: CachedPage,
  request: { method: string; acceptEncoding?: string | null; ifNoneMatch?: string | null },
  /** 'hit' when the page came from the cache, 'miss' when this request rendered it. */
  source: 'hit' | 'miss',
): Representation => {
  const validators: [string, string][] = [
    ['etag', page.etag],
    ['vary', 'Accept-Encoding'],
    // For operators and tests, as caching proxies do: was this page rendered for this request?
    ['x-cache', source],
  ]
  if (isFresh(request.ifNoneMatch, page.etag)) {
    const kept = page.headers.filter(([name]) => name === 'cache-control')
    return { status: 304, headers: [...kept, ...validators], body: null }
  }
  const preferred = pickEncoding(request.acceptEncoding)
  // An image has no compressed form: it goes as it is, and says so.
  const encoding = page.bodies[preferred] ? preferred : 'identity'
  const body = page.bodies[encoding] ?? page.bodies.identity
  return {
    status: page.status,
    headers: [
      ...page.headers,
      ...validators,
      ...(encoding === 'identity' ? [] : ([['content-encoding', encoding]] as [string, string][])),
      ['content-length', String(body.length)],
    ],
    body: request.method === 'HEAD' ? null : body,
  }
}
