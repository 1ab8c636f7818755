import { defineMiddleware, sequence } from 'astro:middleware'

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

export const onRequest = sequence(i18n)
