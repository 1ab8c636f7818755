import type { Payload, PayloadRequest, Where } from 'payload'

/** How soon a committee's end comes before it shows here: time to plan its report. */
export const COMMITTEE_ENDING_DAYS = 14

export interface OpenVote {
  id: number
  title: string
  closesAt: string
  cast: number
}

export interface NextMeeting {
  id: number
  title: string
  startsAt: string
  dutiesLeft: string[]
}

/** One kind of work: how many are waiting, and the list in the admin where they are done. */
export interface Waiting {
  count: number
  href: string
}

export interface WhatNeedsYou {
  applications: Waiting
  proposalsToDiscuss: Waiting
  expensesToApprove: Waiting
  committeesEnding: Waiting
  mailFailed: Waiting
  giftsPending: Waiting
  /** Rounds that closed on a tie: the management decides, with a reason. */
  tiesToDecide: Waiting
  votes: OpenVote[]
  /** Who can vote: every active member (turnout is counted against them). */
  voters: number
  nextMeeting: NextMeeting | null
}

/** Payload's list view, filtered: the screen where the admin does that work. */
export const listOf = (collection: string, where: Record<string, Record<string, string>>) => {
  const query = Object.entries(where).flatMap(([field, conditions]) =>
    Object.entries(conditions).map(
      ([operator, value]) =>
        `where[${encodeURIComponent(field)}][${operator}]=${encodeURIComponent(value)}`,
    ),
  )
  return `/admin/collections/${collection}${query.length ? `?${query.join('&')}` : ''}`
}

/**
 * Everything the admin's home lists, read in one go with the admin's own request. Each count has
 * the same filter as the list it links to, so the number on the home is the number of rows there.
 */
export const gatherWhatNeedsYou = async (
  payload: Payload,
  req: Partial<PayloadRequest>,
  now: Date,
): Promise<WhatNeedsYou> => {
  const count = async (collection: Parameters<Payload['count']>[0]['collection'], where: Where) =>
    (await payload.count({ collection, where, req })).totalDocs
  const soon = new Date(now.getTime() + COMMITTEE_ENDING_DAYS * 86_400_000).toISOString()
  const waiting = async (
    collection: Parameters<Payload['count']>[0]['collection'],
    where: Record<string, Record<string, string>>,
  ): Promise<Waiting> => ({
    count: await count(collection, where as Where),
    href: listOf(collection, where),
  })

  const [
    applications,
    proposalsToDiscuss,
    expensesToApprove,
    committeesEnding,
    mailFailed,
    giftsPending,
    tiesToDecide,
    voting,
    voters,
    meetings,
  ] = await Promise.all([
    waiting('members', { status: { equals: 'applicant' } }),
    waiting('proposals', { status: { equals: 'submitted' } }),
    waiting('expenses', { status: { equals: 'submitted' } }),
    waiting('committees', {
      status: { not_equals: 'completed' },
      endDate: { less_than_equal: soon },
    }),
    waiting('mail-deliveries', { status: { equals: 'failed' } }),
    waiting('donations', { status: { equals: 'pending' } }),
    waiting('voting-rounds', { status: { equals: 'tied' } }),
    payload.find({
      collection: 'proposals',
      where: { status: { equals: 'voting' } },
      sort: 'votingClosesAt',
      select: { title: true, votingClosesAt: true },
      pagination: false,
      depth: 0,
      req,
    }),
    count('members', { status: { equals: 'active' } }),
    payload.find({
      collection: 'meetings',
      where: {
        kind: { equals: 'big-sunday' },
        status: { equals: 'planned' },
        startsAt: { greater_than: now.toISOString() },
      },
      sort: 'startsAt',
      limit: 1,
      depth: 0,
      req,
    }),
  ])
  const votes = await Promise.all(
    voting.docs.map(async (proposal) => ({
      id: proposal.id,
      title: proposal.title ?? '',
      closesAt: proposal.votingClosesAt ?? '',
      // How many voted, never how: a count of ballots, read by the server for the admin.
      cast: await count('votes', { proposal: { equals: proposal.id } }),
    })),
  )
  const meeting = meetings.docs[0]
  return {
    applications,
    proposalsToDiscuss,
    expensesToApprove,
    committeesEnding,
    mailFailed,
    giftsPending,
    tiesToDecide,
    votes,
    voters,
    nextMeeting: meeting
      ? {
          id: meeting.id,
          title: meeting.title,
          startsAt: meeting.startsAt,
          dutiesLeft: (meeting.duties ?? []).filter((d) => !d.done).map((d) => d.duty),
        }
      : null,
  }
}
