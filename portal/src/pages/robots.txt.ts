import type { APIRoute } from 'astro'

import { PUBLIC_PAGE_CACHE_CONTROL } from '../features/pageCache/cachePolicy'
import { siteUrl } from '../lib/paths'

/** Everything public may be indexed; the sitemap lists it. */
export const GET: APIRoute = ({ url }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${siteUrl(url)}/sitemap.xml\n`, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
    },
  })
