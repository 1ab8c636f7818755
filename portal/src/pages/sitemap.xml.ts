import type { APIRoute } from 'astro'

import { PUBLIC_PAGE_CACHE_CONTROL } from '../features/pageCache/cachePolicy'
import { LOCALES, type Locale } from '@fazaa/shared/i18n/locales'
import { getCampaigns } from '../lib/cms'
import { paths, siteUrl } from '../lib/paths'

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** Every public page in both languages, each naming its other-language twin. */
export const GET: APIRoute = async ({ url }) => {
  const base = siteUrl(url)
  const campaigns = await getCampaigns('ar')
  const pages: ((locale: Locale) => string)[] = [
    paths.home,
    paths.campaigns,
    paths.meetings,
    paths.guests,
    paths.about,
    paths.transparency,
    paths.join,
    ...campaigns.map((campaign) => (locale: Locale) => paths.campaign(locale, campaign.slug ?? '')),
  ]
  const entries = pages.flatMap((path) =>
    LOCALES.map(
      (locale) => `  <url>
    <loc>${escapeXml(base + path(locale))}</loc>
${LOCALES.map((other) => `    <xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(base + path(other))}"/>`).join('\n')}
  </url>`,
    ),
  )
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`,
    {
      headers: {
        'content-type': 'application/xml; charset=utf-8',
        'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
      },
    },
  )
}
