import type { APIRoute } from 'astro'

import { PUBLIC_PAGE_CACHE_CONTROL } from '../../features/pageCache/cachePolicy'
import { meetingCalendarFile } from '../../features/meetings/meetingCalendarFile'
import { getMeeting } from '../../lib/cms'

/** One public meeting as an .ics file, to add to any calendar. */
export const GET: APIRoute = async ({ params, locals, url }) => {
  // Astro leaves `params` empty on an endpoint reached through the /en rewrite: read the path.
  const id = Number(params.id ?? url.pathname.match(/\/meetings\/(\d+)\.ics$/)?.[1])
  const meeting = Number.isSafeInteger(id) ? await getMeeting(id, locals.locale) : null
  if (!meeting) return new Response('Not found', { status: 404 })
  return new Response(meetingCalendarFile([meeting], process.env.PORTAL_PUBLIC_URL ?? url.origin), {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
      'content-disposition': `attachment; filename="fazaa-meeting-${meeting.id}.ics"`,
    },
  })
}
