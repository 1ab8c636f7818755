import type { CollectionConfig, Config, Plugin } from 'payload'

import { isAdminField } from '../../access/isAdmin'
import { SCHEDULES } from '../../jobs/schedules'
import { VOTING_ROUNDS, VotingRounds } from './collections/VotingRounds'
import { linkProposalToRound } from './hooks/linkProposalToRound'
import { closeVotingRounds, ROUNDS_QUEUE } from './jobs/closeVotingRounds'

export interface DeliberationOptions {
  /** Whether this process closes rounds every minute (false in the portal and scripts). */
  runQueue: boolean
}

/** A proposal's round: picked by the management, or found from the proposal's voting window. */
const withRound = (proposals: CollectionConfig): CollectionConfig => ({
  ...proposals,
  fields: [
    ...proposals.fields,
    {
      name: 'round',
      type: 'relationship',
      relationTo: VOTING_ROUNDS,
      index: true,
      label: { ar: 'جولة التصويت', en: 'Voting round' },
      admin: {
        position: 'sidebar',
        description: {
          ar: 'اختر جولة فيأخذ المقترح موعدها، أو اكتب موعد التصويت فتُوجد جولته أو تُفتح.',
          en: 'Pick a round and the proposal takes its times, or give the voting times and their round is found or opened.',
        },
      },
      access: { create: isAdminField, update: isAdminField },
    },
  ],
  hooks: {
    ...proposals.hooks,
    // First: the workflow's own rule then sees the window the round gives.
    beforeChange: [linkProposalToRound, ...(proposals.hooks?.beforeChange ?? [])],
  },
})

/**
 * The members' decision as one feature: voting rounds with their quorum, the job that closes
 * them on time (tally, quorum, one extension, a tie left to the management, next month's
 * campaign drafted from the winner), and the proposals' link to their round.
 */
export const deliberation =
  ({ runQueue }: DeliberationOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        collection.slug === 'proposals' ? withRound(collection) : collection,
      ),
      VotingRounds,
    ],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), closeVotingRounds],
      autoRun: runQueue
        ? [
            ...((config.jobs?.autoRun as []) ?? []),
            { cron: SCHEDULES.roundsQueue, queue: ROUNDS_QUEUE },
          ]
        : config.jobs?.autoRun,
    },
  })
