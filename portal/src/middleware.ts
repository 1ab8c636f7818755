import { defineMiddleware, sequence } from 'astro:middleware'

import { isCacheableRequest } from './features/pageCache/cachePolicy'
import { cacheKeyOf, pageCache } from './features/pageCache/pageCache'
import { compressResponse, responseOf } from './features/pageCache/respondFromCache'
import { isDatabaseUnavailable, memberOfSession, watchContentChanges } from './lib/cms'
import { sessionTokenOf } from './features/signIn/sessionCookie'
import { paths } from './lib/paths'
import { checkFormBody } from './features/security/formBody'
import { DATABASE_UNAVAILABLE_HEADER } from './features/errors/databaseOutage'
import { fail } from '@fazaa/shared/rules/result'
import { hasControlCharacter } from '@fazaa/shared/text/hasControlCharacter'

/**
 * Public pages are rendered once and kept until the CMS announces a change (see
 * features/pageCache); everything else is rendered per request and compressed. The dev server
 * renders every time, so that an edited component shows at once.
 */
const cachePages = defineMiddleware(async (context, next) => {
  const { request } = context
  // The mode, not DEV: DEV follows NODE_ENV, which a test runner sets to `test` for a real build.
  if (import.meta.env.MODE === 'development') return next()
  pageCache.watchWith(watchContentChanges)
  if (!isCacheableRequest(request.method, request.headers.get('cookie'))) {
    return compressResponse(await next(), request)
  }
  const key = cacheKeyOf(context.url)
  const hit = pageCache.get(key)
  if (hit) return responseOf(hit, request, 'hit')
  // Only GET fills the cache: a HEAD response has no body to keep.
  const rendered = request.method === 'GET' ? await pageCache.fill(key, () => next()) : await next()
  return rendered instanceof Response
    ? compressResponse(rendered, request)
    : responseOf(rendered, request, 'miss')
})

/**
 * Arabic lives at the root and English under /en: the English prefix is taken off and the page
 * renders in English, so each page exists once and both languages share it.
 */
const i18n = defineMiddleware((context, next) => {
  const { pathname, search } = context.url
  const english = pathname === '/en' || pathname.startsWith('/en/')
  context.locals.locale = english ? 'en' : 'ar'
  context.locals.requestedPath = pathname
  return english ? next(`${pathname.slice(3) || '/'}${search}`) : next()
})

/** Pages only a signed-in member sees; anyone else is sent to sign in, and back afterwards. */
const MEMBERS_ONLY = /^\/(me|proposals|committees|directory)(\/|$)/

/**
 * Who is asking: the member of the session cookie (Payload checks the token and that its session
 * is still open), or nobody. Requests without the cookie never reach the database for this.
 */
const session = defineMiddleware(async (context, next) => {
  const { locale } = context.locals
  // The error page, shown because the database is away (databaseOutage): nothing to look up.
  if (context.locals.databaseUnavailable) return next()
  const token = sessionTokenOf(context.cookies)
  context.locals.member = token ? await memberOfSession(token) : null
  if (!context.locals.member && MEMBERS_ONLY.test(context.url.pathname)) {
    const back = `${context.locals.requestedPath}${context.url.search}`
    return context.redirect(`${paths.signIn(locale)}?next=${encodeURIComponent(back)}`, 303)
  }
  return next()
})

/**
 * An address holding a control character (a NUL reached the database and answered 500) is
 * refused here with 400 and the rule's words, before any page looks anything up.
 */
const badAddresses = defineMiddleware((context, next) => {
  let path: string
  try {
    path = decodeURIComponent(context.url.pathname)
  } catch {
    path = '\u0000'
  }
  if (!hasControlCharacter(path)) return next()
  return new Response(fail('request-bad-address').message[context.locals.locale], {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
})

/**
 * Posts to pages must be forms that parse (see features/security/formBody); anything else is
 * refused here in the reader's language. Astro's origin check has already refused posts from
 * other sites.
 */
const formBodies = defineMiddleware(async (context, next) => {
  if (context.request.method !== 'POST') return next()
  const problem = await checkFormBody(context.request)
  if (!problem) return next()
  return new Response(problem.message[context.locals.locale], {
    status: problem.status,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
})

/**
 * The database cannot be reached (restarting, down): the error page says "try again in a
 * minute", and the answer is 503 with Retry-After, which tells browsers and proxies the same.
 * Two ways in: a middleware below throws (the session lookup), and the error page is rendered
 * here; or a page throws, Astro renders its error page itself, which marks the response
 * (DATABASE_UNAVAILABLE_HEADER). Astro answers its error route with 500 whatever the page sets,
 * so the status is fixed here.
 */
const databaseOutage = defineMiddleware(async (context, next) => {
  let response: Response
  try {
    response = await next()
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error
    context.locals.databaseUnavailable = true
    response = await context.rewrite(context.locals.locale === 'en' ? '/en/500' : '/500')
  }
  if (!response.headers.has(DATABASE_UNAVAILABLE_HEADER)) return response
  const headers = new Headers(response.headers)
  headers.delete(DATABASE_UNAVAILABLE_HEADER)
  headers.set('Retry-After', '60')
  return new Response(response.body, { status: 503, headers })
})

export const onRequest = sequence(
  databaseOutage,
  cachePages,
  i18n,
  badAddresses,
  formBodies,
  session,
)
