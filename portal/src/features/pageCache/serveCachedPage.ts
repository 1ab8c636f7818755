import type { IncomingMessage, ServerResponse } from 'node:http'

import { isCacheableRequest } from './cachePolicy'
import { cacheKeyOf, type PageCache } from './pageCache'
import { representationOf } from './representation'

/**
 * The front server's fast path: answers a request straight from the page cache, in plain
 * node:http, without building a Request or entering Astro. Returns false on a miss.
 */
export const serveCachedPage = (
  cache: PageCache,
  req: IncomingMessage,
  res: ServerResponse,
): boolean => {
  const method = req.method ?? 'GET'
  if (!cache.isServing || !req.url || !isCacheableRequest(method, req.headers.cookie)) return false
  let url: URL
  try {
    url = new URL(req.url, 'http://portal')
  } catch {
    return false
  }
  const page = cache.get(cacheKeyOf(url))
  if (!page) return false
  const { status, headers, body } = representationOf(
    page,
    {
      method,
      acceptEncoding: req.headers['accept-encoding'],
      ifNoneMatch: req.headers['if-none-match'],
    },
    'hit',
  )
  res.writeHead(status, headers.flat())
  res.end(body ?? undefined)
  return true
}
