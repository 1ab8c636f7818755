import { TZDate } from '@date-fns/tz'
import { subMonths } from 'date-fns'
import type { Payload } from 'payload'

import type { Sector } from '@fazaa/shared/domain/vocabulary'
import { seatsLeft } from '@fazaa/shared/rules/committeeSize'
import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { idOf } from '../../../access/roles'
import { limitsOf } from '../../../lib/configuredLimits'
import { campaignOfMonthBefore } from '../../../lib/campaignOfMonthBefore'
import { bothLocales } from '../../../lib/bothLocales'
import { richTextParagraphs } from '../../../lib/richTextParagraphs'
import type { DigestData } from './renderDigest'
import * as clock from '@fazaa/shared/clock'

/** How far ahead the digest lists meetings. */
const UPCOMING_DAYS = 45

/**
 * What a meeting's digest says, read once for all its recipients, in both languages: the
 * meeting, last month's campaign and its figures, the campaign raising money now, proposals in
 * the vote, coming meetings, members who joined since the last Big Sunday Meeting and committees
 * still forming.
 */
export const gatherDigestData = async (
  payload: Payload,
  meetingId: number,
): Promise<DigestData> => {
  const now = clock.now()
  const meeting = await payload.findByID({
    collection: 'meetings',
    id: meetingId,
    locale: 'all',
    depth: 1,
  })
  const month = meeting.month ?? meeting.startsAt.slice(0, 7)
  const summaries = meeting.summary as unknown as Partial<Record<'ar' | 'en', unknown>> | null
  const guest = typeof meeting.guest === 'object' && meeting.guest ? meeting.guest : null

  const [last, current, proposals, meetings, previousSunday, committees] = await Promise.all([
    campaignOfMonthBefore(payload, month, { locale: 'all' }),
    payload.find({
      collection: 'campaigns',
      where: { status: { equals: 'fundraising' } },
      locale: 'all',
      limit: 1,
      depth: 0,
    }),
    payload.find({
      collection: 'proposals',
      where: { status: { equals: 'voting' }, votingClosesAt: { greater_than: now.toISOString() } },
      sort: 'votingClosesAt',
      select: { title: true, votingClosesAt: true },
      locale: 'all',
      pagination: false,
      depth: 0,
    }),
    payload.find({
      collection: 'meetings',
      where: {
        status: { equals: 'planned' },
        kind: { not_in: ['prep', 'finishing'] },
        startsAt: {
          greater_than: now.toISOString(),
          less_than: new Date(now.getTime() + UPCOMING_DAYS * 86_400_000).toISOString(),
        },
      },
      sort: 'startsAt',
      locale: 'all',
      limit: 8,
      depth: 0,
    }),
    payload.find({
      collection: 'meetings',
      where: {
        kind: { equals: 'big-sunday' },
        startsAt: { less_than: meeting.startsAt },
        id: { not_equals: meetingId },
      },
      sort: '-startsAt',
      limit: 1,
      depth: 0,
    }),
    payload.find({
      collection: 'committees',
      where: { status: { equals: 'forming' } },
      locale: 'all',
      pagination: false,
      depth: 2,
    }),
  ])
  const since =
    previousSunday.docs[0]?.startsAt ??
    new Date(
      subMonths(
        new TZDate(meeting.startsAt, meeting.startsAt_tz || DEFAULT_TIME_ZONE),
        1,
      ).getTime(),
    ).toISOString()
  const newMembers = await payload.find({
    collection: 'members',
    where: { status: { equals: 'active' }, joinedAt: { greater_than: since } },
    select: { name: true },
    sort: 'joinedAt',
    locale: 'all',
    limit: 20,
    depth: 0,
  })
  const currentCampaign = current.docs[0]
  const limits = limitsOf(payload.config)

  return {
    meetingId,
    month,
    summary: {
      ar: richTextParagraphs(summaries?.ar),
      en: richTextParagraphs(summaries?.en),
    },
    recordingLink: meeting.recordingLink ?? null,
    guest: guest
      ? { name: bothLocales(guest.name), role: guest.role ? bothLocales(guest.role) : null }
      : null,
    lastCampaign: last
      ? {
          title: bothLocales(last.campaign.title),
          slug: last.campaign.slug ?? '',
          currency: last.campaign.goal.currency,
          raised: last.ledger.raised,
          spent: last.ledger.spent,
        }
      : null,
    currentCampaign: currentCampaign
      ? {
          title: bothLocales(currentCampaign.title),
          slug: currentCampaign.slug ?? '',
          currency: currentCampaign.goal.currency,
          raised: currentCampaign.raised ?? 0,
          goal: currentCampaign.goal.amount ?? 0,
          donorCount: currentCampaign.donorCount ?? 0,
        }
      : null,
    openProposals: proposals.docs.map((proposal) => ({
      id: proposal.id,
      title: bothLocales(proposal.title),
      closesAt: proposal.votingClosesAt!,
    })),
    upcomingMeetings: meetings.docs.map((m) => ({
      id: m.id,
      kind: m.kind,
      title: bothLocales(m.title),
      startsAt: m.startsAt,
    })),
    newMembers: newMembers.docs.map((member) => bothLocales(member.name)),
    formingCommittees: committees.docs.map((committee) => {
      const campaign = typeof committee.campaign === 'object' ? committee.campaign : null
      const proposal = campaign && typeof campaign.proposal === 'object' ? campaign.proposal : null
      return {
        id: committee.id,
        name: bothLocales(committee.name),
        sectors: (proposal?.sectors ?? []) as Sector[],
        seatsLeft: seatsLeft(committee.kind, (committee.members ?? []).map(idOf).length, limits),
      }
    }),
  }
}
