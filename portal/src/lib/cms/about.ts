import type { About, Guest } from '@fazaa/cms/types'

import { limitsOf } from '@fazaa/cms/lib/configuredLimits'
import type { Locale } from '@fazaa/shared/i18n/locales'
import type { RuleLimits } from '@fazaa/shared/rules/limits'
import { cms } from './client'

// What the fellowship says about itself: its principles, its guests, its rule numbers.

/** The about page's content, as the management wrote it in the CMS. */
export const getAbout = async (locale: Locale): Promise<About> => {
  const payload = await cms()
  return payload.findGlobal({ slug: 'about', locale, depth: 0, overrideAccess: false })
}

/** Guests of past meetings, with the public meetings they appeared in. */
export const getGuests = async (locale: Locale): Promise<Guest[]> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'guests',
    locale,
    depth: 1,
    pagination: false,
    sort: 'name',
    joins: { appearances: { sort: '-startsAt', limit: 10 } },
    overrideAccess: false,
  })
  return docs
}

/** The fellowship's configured rule numbers, for explaining limits before a member acts. */
export const getLimits = async (): Promise<RuleLimits> => {
  const payload = await cms()
  return limitsOf(payload.config)
}
