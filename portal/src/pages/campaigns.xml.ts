import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { PUBLIC_PAGE_CACHE_CONTROL } from '../features/pageCache/cachePolicy'
import { UI } from '../i18n/ui'
import { getCampaigns } from '../lib/cms'
import { paths, siteUrl } from '../lib/paths'

/** The campaigns as an RSS feed, in the language of the address (/campaigns.xml, /en/campaigns.xml). */
export const GET: APIRoute = async ({ locals, url }) => {
  const { locale } = locals
  const t = UI[locale]
  const campaigns = await getCampaigns(locale)
  const feed = await rss({
    title: `${t.siteName} — ${t.campaigns}`,
    description: t.tagline,
    site: siteUrl(url),
    customData: `<language>${locale}</language>`,
    items: campaigns.map((campaign) => ({
      title: campaign.title,
      description: campaign.summary ?? undefined,
      link: paths.campaign(locale, campaign.slug ?? ''),
      pubDate: new Date(`${campaign.month}-01T12:00:00Z`),
    })),
  })
  feed.headers.set('cache-control', PUBLIC_PAGE_CACHE_CONTROL)
  return feed
}
