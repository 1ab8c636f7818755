import type { PayloadRequest } from 'payload'

import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { idOf } from '../../../access/roles'
import { slugify } from '../../../fields/slug'
import type { Proposal } from '../../../payload-types'

/** "YYYY-MM" of a moment in the town's own calendar. */
const monthOf = (moment: Date): { year: number; month: number } => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: DEFAULT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(moment)
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  return { year: get('year'), month: get('month') }
}

const monthsFrom = (start: { year: number; month: number }, count: number): string[] =>
  Array.from({ length: count }, (_, index) => {
    const zeroBased = start.month - 1 + index
    const year = start.year + Math.floor(zeroBased / 12)
    return `${year}-${String((zeroBased % 12) + 1).padStart(2, '0')}`
  })

/**
 * The first month from the one after the close that has no campaign yet: the chosen project is
 * next month's campaign (DOMAIN.md), unless the management already planned that month.
 */
const freeMonthAfter = async (req: PayloadRequest, closedAt: Date): Promise<string> => {
  const closed = monthOf(closedAt)
  // From the month after the close's: monthsFrom carries December into the next year.
  const candidates = monthsFrom({ year: closed.year, month: closed.month + 1 }, 24)
  const { docs } = await req.payload.find({
    collection: 'campaigns',
    where: { month: { in: candidates } },
    select: { month: true },
    pagination: false,
    depth: 0,
    req,
  })
  const taken = new Set(docs.map((campaign) => campaign.month))
  const free = candidates.find((candidate) => !taken.has(candidate))
  if (!free) throw new Error('No month in the next two years is free for a campaign')
  return free
}

/**
 * A readable address no campaign has yet: from the English title, else the month (the slug's
 * own rule), with "-2", "-3"… when a campaign moved to another month kept that address.
 */
const freeSlug = async (req: PayloadRequest, base: string): Promise<string> => {
  const { docs } = await req.payload.find({
    collection: 'campaigns',
    where: { slug: { like: base } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    req,
  })
  const taken = new Set(docs.map((campaign) => campaign.slug))
  if (!taken.has(base)) return base
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

/**
 * Next month's campaign, drafted from the chosen proposal for the management to finish: its
 * title, summary and story in the languages it was written in (never copied across), its budget
 * as the goal, and its proposer as the lead candidate. In the caller's transaction.
 */
export const campaignDraftFromProposal = async (
  req: PayloadRequest,
  proposalId: number,
  closedAt: Date,
): Promise<number> => {
  const proposal = (await req.payload.findByID({
    collection: 'proposals',
    id: proposalId,
    locale: 'all',
    depth: 0,
    req,
  })) as unknown as Omit<Proposal, 'title' | 'summary' | 'body'> & {
    title?: Partial<Record<'ar' | 'en', string | null>>
    summary?: Partial<Record<'ar' | 'en', string | null>>
    body?: Partial<Record<'ar' | 'en', Proposal['body']>>
  }
  const written = (['ar', 'en'] as const).filter((locale) => proposal.title?.[locale])
  const textsIn = (locale: 'ar' | 'en') => ({
    title: proposal.title?.[locale] ?? '',
    summary: proposal.summary?.[locale] ?? null,
    ...(proposal.body?.[locale] ? { body: proposal.body[locale] } : {}),
  })
  const [first, ...others] = written.length ? written : (['ar'] as const)
  const month = await freeMonthAfter(req, closedAt)
  const campaign = await req.payload.create({
    collection: 'campaigns',
    locale: first,
    data: {
      ...textsIn(first!),
      month,
      slug: await freeSlug(req, slugify(proposal.title?.en ?? '') || month),
      status: 'draft',
      goal: {
        amount: proposal.estimatedBudget?.amount ?? 0,
        currency: proposal.estimatedBudget?.currency ?? undefined,
      },
      lead: idOf(proposal.proposer) as number | null,
      proposal: proposal.id,
    },
    depth: 0,
    req,
    context: { fazaaRound: true },
  })
  for (const locale of others) {
    await req.payload.update({
      collection: 'campaigns',
      id: campaign.id,
      locale,
      data: textsIn(locale),
      depth: 0,
      req,
      context: { fazaaRound: true },
    })
  }
  return campaign.id
}
