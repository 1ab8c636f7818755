import Negotiator from 'negotiator'

/**
 * What a public page says about caching: browsers check back every time (the ETag makes that a
 * small 304 on a slow line), and the portal's page cache may keep the page for a minute, so that
 * time-dependent text (days left, the next meeting) is never older than that even without an edit.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, must-revalidate, s-maxage=60'

/** Pages for one person say so; nothing between them and the person keeps a copy. */
export const PRIVATE_PAGE_CACHE_CONTROL = 'private, no-store'

/**
 * Says who may keep a copy of a page or file: `public` for what is the same for everyone (the
 * page cache and the browser revalidate it), `private` for what is one person's (nobody keeps it).
 */
export const cacheAs = (response: { headers: Headers }, audience: 'public' | 'private'): void => {
  response.headers.set(
    'Cache-Control',
    audience === 'public' ? PUBLIC_PAGE_CACHE_CONTROL : PRIVATE_PAGE_CACHE_CONTROL,
  )
}

/** Payload's session cookie: a signed-in member always gets a freshly rendered page. */
export const SESSION_COOKIE = 'payload-token'

export const ENCODINGS = ['br', 'gzip', 'identity'] as const
export type Encoding = (typeof ENCODINGS)[number]

const hasSessionCookie = (cookie: string | null | undefined): boolean =>
  !!cookie && cookie.split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`))

/** Only anonymous reads may be answered from (or stored in) the shared page cache. */
export const isCacheableRequest = (method: string, cookie: string | null | undefined): boolean =>
  (method === 'GET' || method === 'HEAD') && !hasSessionCookie(cookie)

/** Seconds a shared cache may keep a response, read from its Cache-Control; 0 when it may not. */
export const sharedMaxAge = (cacheControl: string | null | undefined): number => {
  if (!cacheControl) return 0
  const directives = new Map(
    cacheControl.split(',').map((part) => {
      const [name = '', value] = part.trim().toLowerCase().split('=')
      return [name, value] as const
    }),
  )
  if (!directives.has('public')) return 0
  if (['private', 'no-store', 'no-cache'].some((name) => directives.has(name))) return 0
  const seconds = Number(directives.get('s-maxage') ?? directives.get('max-age'))
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0
}

/**
 * The best encoding the client accepts (RFC 9110 §12.5.3 q-values); among equals, brotli, which
 * is the smallest; identity when nothing else is accepted.
 */
export const pickEncoding = (acceptEncoding: string | null | undefined): Encoding => {
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding ?? undefined } })
  // negotiator 1.1 breaks ties by the server's order; @types/negotiator predates that option.
  const choose = negotiator.encoding.bind(negotiator) as (
    available: readonly string[],
    options: { preferred: readonly string[] },
  ) => string | undefined
  return (choose(ENCODINGS, { preferred: ENCODINGS }) as Encoding | undefined) ?? 'identity'
}

/** Text worth compressing; images and fonts already are. */
export const isCompressible = (contentType: string | null | undefined): boolean =>
  !!contentType &&
  /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript)|image\/svg\+xml)/i.test(
    contentType,
  )

/** Whether the client's copy (If-None-Match) is the one we would send. */
export const isFresh = (ifNoneMatch: string | null | undefined, etag: string): boolean =>
  !!ifNoneMatch &&
  ifNoneMatch.split(',').some((tag) => {
    const candidate = tag.trim().replace(/^W\//, '')
    return candidate === etag || candidate === '*'
  })
