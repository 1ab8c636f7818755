import type { About, Campaign, Donation, Guest, Meeting, Member } from '@fazaa/cms/types'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Where } from 'payload'

import { campaignMoneyOf, type CampaignMoney } from '../../../../cms/lib/campaignMoney'
import { CONTENT_CHANNEL, decodeChange } from '../../../../shared/contentChanges'
import type { Locale } from '../../../../shared/i18n/locales'
import { DEFAULT_CURRENCY } from '../../../../shared/domain/vocabulary'
import type { RuleLimits } from '../../../../shared/rules/limits'
import type { Application } from '../../features/join/validateApplication'
import { moneyByCampaign, type CampaignMoneyRow } from '../../features/transparency/moneyByCampaign'
import { takeThrottle, type ThrottleAnswer } from '../../../../cms/plugins/throttle'
import { cms } from './client'
import * as clock from '../../../../shared/clock'

// What anyone may read (public pages, feeds, uploads) and the join form.

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
      startsAt: { greater_than_equal: clock.now().toISOString() },
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

/** Campaigns the public may see, newest month first, optionally of one year and one status. */
export const getCampaigns = async (
  locale: Locale,
  filter: { year?: string; status?: Campaign['status']; limit?: number } = {},
): Promise<Campaign[]> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: {
      ...(filter.year ? { month: { like: `${filter.year}-` } } : {}),
      ...(filter.status ? { status: { equals: filter.status } } : {}),
    },
    sort: '-month',
    locale,
    depth: 1,
    ...(filter.limit ? { limit: filter.limit } : { pagination: false }),
    overrideAccess: false,
  })
  return docs
}

/** The one public campaign a filter names (a slug, an id), in the reader's language, or null. */
const findCampaign = async (where: Where, locale: Locale, depth = 0): Promise<Campaign | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'campaigns',
    where,
    locale,
    depth,
    limit: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** One public campaign by its slug; null when there is none. */
export const getCampaign = (slug: string, locale: Locale) =>
  findCampaign({ slug: { equals: slug } }, locale)

/** One public campaign by id; null when there is none or it is not public. */
export const getCampaignById = (id: number, locale: Locale) =>
  findCampaign({ id: { equals: id } }, locale)

export interface CampaignPage {
  campaign: Campaign
  /** The latest succeeded donations; donors' names only where they chose to be named. */
  recentDonations: Donation[]
  /** Raised, transferred, fees, approved expenses and balance: the figures that add up. */
  money: CampaignMoney
}

/** Everything a campaign's public page shows, as an anonymous visitor may see it. */
export const getCampaignPage = async (
  slug: string,
  locale: Locale,
): Promise<CampaignPage | null> => {
  const campaign = await findCampaign({ slug: { equals: slug } }, locale, 1)
  if (!campaign) return null
  const payload = await cms()
  const [donations, money] = await Promise.all([
    payload.find({
      collection: 'donations',
      where: { campaign: { equals: campaign.id } },
      sort: '-receivedAt',
      limit: 10,
      // Only the latest ten are shown: no count of all the campaign's gifts (it grows with them).
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    campaignMoneyOf(payload, campaign),
  ])
  return { campaign, recentDonations: donations.docs, money }
}

/** Public meetings: the coming ones soonest first, and the latest past ones. */
export const getMeetings = async (
  locale: Locale,
): Promise<{ upcoming: Meeting[]; past: Meeting[] }> => {
  const payload = await cms()
  const now = clock.now().toISOString()
  const query = (startsAt: Record<string, string>, sort: string, limit: number) =>
    payload.find({
      collection: 'meetings',
      where: { startsAt, status: { not_equals: 'cancelled' } },
      sort,
      limit,
      locale,
      depth: 1,
      overrideAccess: false,
    })
  const [upcoming, past] = await Promise.all([
    query({ greater_than_equal: now }, 'startsAt', 50),
    query({ less_than: now }, '-startsAt', 20),
  ])
  return { upcoming: upcoming.docs, past: past.docs }
}

/**
 * One meeting with its segments' people, guest and campaign, as `viewer` may read it (no viewer:
 * the public), or null when it does not exist or they may not. Active members and admins read
 * every meeting (the run sheet); the public, only public ones (the calendar file).
 */
export const getMeeting = async (
  id: number,
  locale: Locale,
  viewer?: Member,
): Promise<Meeting | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { id: { equals: id } },
    locale,
    depth: 1,
    limit: 1,
    pagination: false,
    ...(viewer ? { user: viewer } : {}),
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/**
 * Records an application to join as an `applicant` member and tells the admins by email, at
 * most three an hour from one client (each mails every admin). An address that is already known
 * gets the same answer as a new one: the form never reveals who belongs to the fellowship.
 */
export const applyToJoin = async (
  application: Application,
  locale: Locale,
  clientAddress: string,
): Promise<ThrottleAnswer> => {
  const payload = await cms()
  const allowed = await takeThrottle(payload, 'applicationsByClient', clientAddress)
  if (!allowed.ok) return allowed
  const known = await payload.count({
    collection: 'members',
    where: { email: { equals: application.email } },
  })
  if (known.totalDocs > 0) return { ok: true }
  await payload.create({
    collection: 'members',
    locale,
    // The collection takes new members from admins only (the API must not tell who is known);
    // what an application may set is this list, and it is an applicant, nothing more.
    overrideAccess: true,
    data: {
      email: application.email,
      // Applicants sign in later by email link or a password they set; this one is never shown.
      password: randomBytes(24).toString('base64url'),
      name: application.name,
      country: application.country,
      sectors: application.sectors,
      applicationNote: application.why,
      locale,
      role: 'member',
      status: 'applicant',
    },
  })
  const admins = await payload.find({
    collection: 'members',
    where: { role: { equals: 'admin' }, status: { equals: 'active' } },
    select: { email: true },
    pagination: false,
    depth: 0,
  })
  const adminUrl = `${process.env.CMS_PUBLIC_URL ?? 'http://localhost:3000'}/admin/collections/members?where[status][equals]=applicant`
  await Promise.all(
    admins.docs.map((admin) =>
      payload.sendEmail({
        to: admin.email,
        subject: `طلب انتساب جديد · New application: ${application.name}`,
        text: [
          `${application.name} <${application.email}> (${application.country})`,
          application.sectors.join(', '),
          '',
          application.why,
          '',
          adminUrl,
        ].join('\n'),
      }),
    ),
  )
  return { ok: true }
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

export interface FellowshipTotals {
  /** In the fellowship's default currency (EUR), from campaigns in that currency. */
  raisedThisYear: number
  raisedEver: number
  campaignsCompleted: number
  members: number
  countries: number
}

/**
 * The home page's numbers. Members are private, so these are counted with the CMS's own rights
 * and only the counts leave this function.
 */
export const getFellowshipTotals = async (): Promise<FellowshipTotals> => {
  const payload = await cms()
  const activeMembers = { status: { equals: 'active' } } as const
  // Aggregates in the database: a home page view must not load every member.
  const [campaigns, members, countries] = await Promise.all([
    payload.find({
      collection: 'campaigns',
      where: { status: { not_equals: 'draft' }, 'goal.currency': { equals: DEFAULT_CURRENCY } },
      select: { month: true, raised: true, status: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    payload.count({ collection: 'members', where: activeMembers }),
    payload.findDistinct({
      collection: 'members',
      field: 'country',
      where: { ...activeMembers, country: { exists: true, not_equals: '' } },
      limit: 1,
    }),
  ])
  const year = String(clock.now().getUTCFullYear())
  const sum = (list: typeof campaigns.docs) => list.reduce((total, c) => total + (c.raised ?? 0), 0)
  return {
    raisedThisYear: sum(campaigns.docs.filter((c) => c.month.startsWith(`${year}-`))),
    raisedEver: sum(campaigns.docs),
    campaignsCompleted: campaigns.docs.filter((c) => c.status === 'closed').length,
    members: members.totalDocs,
    countries: countries.totalDocs,
  }
}

/** Every public campaign's money in, to the town and out, oldest first, as the public sees it. */
export const getMoneyByCampaign = async (locale: Locale): Promise<CampaignMoneyRow[]> => {
  const payload = await cms()
  const [campaigns, transfers, expenses] = await Promise.all([
    payload.find({
      collection: 'campaigns',
      where: { status: { not_equals: 'draft' } },
      select: { month: true, title: true, slug: true, goal: true, raised: true },
      sort: 'month',
      locale,
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'transfers',
      select: { campaign: true, amountSent: true, fees: true, currency: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'expenses',
      where: { status: { equals: 'approved' } },
      select: { campaign: true, amount: true, currency: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
  ])
  return moneyByCampaign(campaigns.docs, transfers.docs, expenses.docs)
}

/** The about page's content, as the management wrote it in the CMS. */
export const getAbout = async (locale: Locale): Promise<About> => {
  const payload = await cms()
  return payload.findGlobal({ slug: 'about', locale, depth: 0, overrideAccess: false })
}

export interface MediaFile {
  data: Buffer
  contentType: string
}

/**
 * An uploaded file or one of its sizes, if the public may read the upload it belongs to. The
 * name must be a registered upload's: nothing else in the uploads folder is ever served.
 */
export const readMediaFile = async (filename: string): Promise<MediaFile | null> => {
  if (!filename || filename !== path.basename(filename) || filename.startsWith('.')) return null
  const payload = await cms()
  const sizes = ['thumb', 'card', 'wide'] as const
  const { docs } = await payload.find({
    collection: 'media',
    where: {
      or: [
        { filename: { equals: filename } },
        ...sizes.map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } })),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const media = docs[0]
  const staticDir = payload.collections.media.config.upload.staticDir
  if (!media || !staticDir) return null
  const size = sizes.map((name) => media.sizes?.[name]).find((s) => s?.filename === filename)
  const contentType = (size ? size.mimeType : media.mimeType) ?? 'application/octet-stream'
  try {
    return { data: await readFile(path.join(staticDir, filename)), contentType }
  } catch {
    return null
  }
}

export interface ContentChangeHandlers {
  /** The CMS committed a change to public content in these collections (or globals). */
  onChange: (what: string[]) => void
  /** Whether changes can be heard right now: a cache must not serve what it cannot invalidate. */
  onListening: (listening: boolean) => void
}

/**
 * Listens on the CMS's content channel (PostgreSQL LISTEN on a connection of Payload's own pool)
 * and keeps listening: when the connection drops (a database restart), it says so and reconnects
 * with a growing pause. Returns a function that stops listening.
 */
export const watchContentChanges = (handlers: ContentChangeHandlers): (() => void) => {
  let stopped = false
  let pauseMs = 250
  let current: (() => void) | undefined
  const retry = () => {
    if (stopped) return
    pauseMs = Math.min(pauseMs * 2, 10_000)
    setTimeout(() => void connect(), pauseMs)
  }
  const connect = async () => {
    if (stopped) return
    let client
    try {
      client = await ((await cms()).db as unknown as PostgresAdapter).pool.connect()
    } catch {
      return retry()
    }
    let lost = false
    const drop = (error?: Error) => {
      if (lost) return
      lost = true
      handlers.onListening(false)
      client.release(error ?? true)
      retry()
    }
    client.on('error', drop)
    client.on('notification', (message) => handlers.onChange(decodeChange(message.payload ?? '')))
    current = drop
    try {
      await client.query(`LISTEN ${CONTENT_CHANNEL}`)
    } catch (error) {
      return drop(error as Error)
    }
    pauseMs = 250
    handlers.onListening(true)
  }
  void connect()
  return () => {
    stopped = true
    current?.()
  }
}
