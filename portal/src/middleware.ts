import { defineMiddleware, sequence } from 'astro:middleware'

import { isCacheableRequest } from './features/pageCache/cachePolicy'
import { cacheKeyOf, pageCache } from './features/pageCache/pageCache'
import { compressResponse, responseOf } from './features/pageCache/respondFromCache'
import { memberOfRequest, watchContentChanges } from './lib/cms'
import { SESSION_COOKIE } from './features/pageCache/cachePolicy'
import { paths } from './lib/paths'
import { checkFormBody } from './features/security/formBody'

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
  context.locals.member = context.cookies.has(SESSION_COOKIE)
    ? await memberOfRequest(context.request.headers)
    : null
  if (!context.locals.member && MEMBERS_ONLY.test(context.url.pathname)) {
    const back = `${context.locals.requestedPath}${context.url.search}`
    return context.redirect(`${paths.signIn(locale)}?next=${encodeURIComponent(back)}`, 303)
  }
  return next()
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

export const onRequest = sequence(cachePages, i18n, formBodies, session)
