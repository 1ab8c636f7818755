import type { APIRoute } from 'astro'

import { PRIVATE_PAGE_CACHE_CONTROL } from '../../features/pageCache/cachePolicy'
import { exportMyData } from '../../lib/cms'

/** Everything the platform holds about the signed-in member, as a JSON download. */
export const GET: APIRoute = async ({ locals }) => {
  const member = locals.member!
  return new Response(JSON.stringify(await exportMyData(member), null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="fazaa-my-data-${member.id}.json"`,
      'cache-control': PRIVATE_PAGE_CACHE_CONTROL,
    },
  })
}
