import type { APIRoute } from 'astro'

import { PRIVATE_PAGE_CACHE_CONTROL } from '../../features/pageCache/cachePolicy'
import { meetingCalendarFile } from '../../features/meetings/meetingCalendarFile'
import { meetingsOfCalendarToken } from '../../lib/cms'

/**
 * A member's personal calendar feed: calendar apps fetch it without a session, so the secret in
 * the address is the key; it lists what that member may see, online links included.
 */
export const GET: APIRoute = async ({ params, locals, url }) => {
  // Astro leaves `params` empty on an endpoint reached through the /en rewrite: read the path.
  const token = params.token ?? url.pathname.match(/\/calendar\/([\w-]+)\.ics$/)?.[1] ?? ''
  const meetings = await meetingsOfCalendarToken(token, locals.locale)
  if (!meetings) return new Response('Not found', { status: 404 })
  return new Response(meetingCalendarFile(meetings, process.env.PORTAL_PUBLIC_URL ?? url.origin), {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': PRIVATE_PAGE_CACHE_CONTROL,
      'x-robots-tag': 'noindex',
    },
  })
}
