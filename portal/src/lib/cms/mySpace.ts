import type { Campaign, Committee, Meeting, Member, Proposal } from '@fazaa/cms/types'

import type { VoteChoice } from '@fazaa/shared/domain/vocabulary'
import type { Locale } from '@fazaa/shared/i18n/locales'
import * as clock from '@fazaa/shared/clock'
import { as, orNothing } from './asMember'
import { getCurrentCampaign } from './campaigns'
import { cms } from './client'
import type { Turnout } from '@fazaa/shared/rules/votingRound'
import { choiceOn, myVotesOn, roundIdOf, roundOf } from './votes'

// "My space": what needs the signed-in member now.

export interface OpenVote {
  proposal: Proposal
  choice: VoteChoice | null
  /** Its round's turnout so far, and what the quorum still needs. */
  turnout: Turnout | null
}

export interface MySpace {
  /** The member as stored, in the page's language (their display name may differ by language). */
  me: Member
  openVotes: OpenVote[]
  committees: Committee[]
  meetings: Meeting[]
  campaign: Campaign | null
}

/** "My space": what needs the member now. */
export const getMySpace = async (member: Member, locale: Locale): Promise<MySpace> => {
  const payload = await cms()
  const now = clock.now().toISOString()
  const [me, voting, committees, meetings, campaign] = await Promise.all([
    payload.findByID({ collection: 'members', id: member.id, depth: 0, locale, ...as(member) }),
    orNothing(
      payload.find({
        collection: 'proposals',
        where: { status: { equals: 'voting' }, votingClosesAt: { greater_than: now } },
        sort: 'votingClosesAt',
        pagination: false,
        depth: 0,
        locale,
        ...as(member),
      }),
    ),
    orNothing(
      payload.find({
        collection: 'committees',
        where: {
          status: { in: ['forming', 'active'] },
          or: [{ members: { in: [member.id] } }, { lead: { equals: member.id } }],
        },
        sort: 'endDate',
        pagination: false,
        depth: 0,
        locale,
        ...as(member),
      }),
    ),
    orNothing(
      payload.find({
        collection: 'meetings',
        where: { status: { equals: 'planned' }, startsAt: { greater_than_equal: now } },
        sort: 'startsAt',
        limit: 5,
        depth: 0,
        locale,
        ...as(member),
      }),
    ),
    getCurrentCampaign(locale),
  ])
  const roundIds = [...new Set(voting.docs.map(roundIdOf).filter((id) => id != null))]
  const [votes, rounds] = await Promise.all([
    myVotesOn(
      member,
      voting.docs.map((proposal) => proposal.id),
    ),
    Promise.all(roundIds.map((id) => roundOf(id, member))),
  ])
  const turnoutOfRound = (id: number | null) =>
    rounds.find((view) => view != null && view.round.id === id)?.turnout ?? null
  return {
    me,
    openVotes: voting.docs.map((proposal) => ({
      proposal,
      choice: choiceOn(votes, proposal.id),
      turnout: turnoutOfRound(roundIdOf(proposal)),
    })),
    committees: committees.docs,
    meetings: meetings.docs,
    campaign,
  }
}
