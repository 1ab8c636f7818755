import config from '@fazaa/cms/config'
import type { Campaign, Meeting } from '@fazaa/cms/types'
import { getPayload, type Payload } from 'payload'

import type { Locale } from '../../../shared/i18n/locales'
import type { RuleLimits } from '../../../shared/rules/limits'

/**
 * The one module through which the portal reads the CMS: Payload's Local API, in this process,
 * on the same database. Pages call these functions and never build queries themselves.
 */
const cms = (): Promise<Payload> => getPayload({ config })

/** The campaign fundraising now, in the reader's language; null when none is. */
export const getCurrentCampaign = async (locale: Locale): Promise<Campaign | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { status: { equals: 'fundraising' } },
    locale,
    limit: 1,
    depth: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** The next public Big Sunday Meeting from now, or null. */
export const getNextBigSunday = async (locale: Locale): Promise<Meeting | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'meetings',
    where: {
      kind: { equals: 'big-sunday' },
      status: { equals: 'planned' },
      startsAt: { greater_than_equal: new Date().toISOString() },
    },
    sort: 'startsAt',
    locale,
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** The fellowship's configured rule numbers, for explaining limits before a member acts. */
export const getLimits = async (): Promise<RuleLimits> => {
  const payload = await cms()
  return payload.config.custom.fazaaLimits as RuleLimits
}
