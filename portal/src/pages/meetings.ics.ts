import type { APIRoute } from 'astro'

import { PUBLIC_PAGE_CACHE_CONTROL } from '../features/pageCache/cachePolicy'
import { meetingCalendarFile } from '../features/meetings/meetingCalendarFile'
import { getMeetings } from '../lib/cms'

/** Every public meeting as one calendar feed, to subscribe to once. */
export const GET: APIRoute = async ({ locals, url }) => {
  const { upcoming, past } = await getMeetings(locals.locale)
  return new Response(
    meetingCalendarFile([...upcoming, ...past], process.env.PORTAL_PUBLIC_URL ?? url.origin),
    {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
      },
    },
  )
}
