import { isCompressible, pickEncoding } from './cachePolicy'
import { compress } from './compression'
import type { CachedPage } from './pageCache'
import { representationOf } from './representation'

/** A cached page as a web Response, for the Astro middleware (dev server, front-server misses). */
export const responseOf = (
  page: CachedPage,
  request: Request,
  source: 'hit' | 'miss',
): Response => {
  const { status, headers, body } = representationOf(
    page,
    {
      method: request.method,
      acceptEncoding: request.headers.get('accept-encoding'),
      ifNoneMatch: request.headers.get('if-none-match'),
    },
    source,
  )
  return new Response(body ? new Uint8Array(body) : null, { status, headers })
}

/**
 * Compresses a page rendered for one request (a member's page, a form's answer) when the client
 * accepts it; the body is small and whole, so buffering it costs nothing noticeable.
 */
export const compressResponse = async (response: Response, request: Request): Promise<Response> => {
  const encoding = pickEncoding(request.headers.get('accept-encoding'))
  if (
    encoding === 'identity' ||
    !response.body ||
    response.headers.has('content-encoding') ||
    !isCompressible(response.headers.get('content-type'))
  ) {
    return response
  }
  const body = await compress(Buffer.from(await response.arrayBuffer()), encoding, false)
  const headers = new Headers(response.headers)
  headers.set('content-encoding', encoding)
  headers.set('content-length', String(body.length))
  headers.append('vary', 'Accept-Encoding')
  return new Response(new Uint8Array(body), { status: response.status, headers })
}
