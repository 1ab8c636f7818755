import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { PRIVATE_COLLECTIONS } from '../../shared/contentChanges'
import { boundEveryField } from '../fields/boundEveryField'
import { resolveLimits, type RuleLimits } from '../../shared/rules/limits'
import {
  announceCollectionChange,
  announceCollectionDelete,
  announceGlobalChange,
} from '../hooks/announceContentChange'
import { noteCollectionRead, noteGlobalRead } from '../hooks/noteContentRead'
import { createCompanionMeetings } from '../hooks/createCompanionMeetings'
import { dissolveCompletedCommittee } from '../hooks/dissolveCompletedCommittee'
import { enforceCampaignRules } from '../hooks/enforceCampaignRules'
import { enforceCommitteeRules } from '../hooks/enforceCommitteeRules'
import { enforceCampaignCurrency } from '../hooks/enforceCampaignCurrency'
import { enforceDonationRules } from '../hooks/enforceDonationRules'
import { enforceExpenseApproval } from '../hooks/enforceExpenseApproval'
import { enforceMeetingRules } from '../hooks/enforceMeetingRules'
import { enforceProposalWorkflow } from '../hooks/enforceProposalWorkflow'
import { enforceVoteRules } from '../hooks/enforceVoteRules'
import { queueCommitteeFormedMail } from '../hooks/queueCommitteeFormedMail'
import { queueMeetingDigest } from '../hooks/queueMeetingDigest'
import {
  refreshCampaignTotalsAfterChange,
  refreshCampaignTotalsAfterDelete,
} from '../hooks/refreshCampaignTotals'
import { refuseMalformedData } from '../hooks/refuseMalformedData'
import { translateBadValueErrors } from '../hooks/translateBadValueErrors'
import { translateConstraintErrors } from '../hooks/translateConstraintErrors'
import { translateOutageErrors } from '../hooks/translateOutageErrors'
import { translateRuleErrors } from '../hooks/translateRuleErrors'
import { translateStorageErrors } from '../hooks/translateStorageErrors'
import { completeExpiredCommittees } from '../jobs/completeExpiredCommittees'
import { queueReminders } from '../jobs/queueReminders'
import { sendMail } from '../jobs/sendMail'
import { releaseAbandonedJobs } from '../jobs/releaseAbandonedJobs'
import { SCHEDULES } from '../jobs/schedules'
import { MAIL_QUEUE } from '../lib/mail/deliveries'

export interface FazaaWorkflowOptions {
  /** The fellowship's numbers; anything left out takes the brief's (5, 10, 2 months, 8 weeks). */
  limits?: Partial<RuleLimits>
  /**
   * How often the jobs runner looks for due work in the workflow queue (default
   * `SCHEDULES.workflowQueue`); false in processes that never run jobs (the portal, scripts).
   */
  autoRunCron?: string | false
}

type Hooks = NonNullable<CollectionConfig['hooks']>

/** The limits a configured Payload runs with, for the portal to explain them before a user acts. */
export const limitsOf = (config: { custom?: Record<string, unknown> }): RuleLimits =>
  (config.custom?.fazaaLimits as RuleLimits | undefined) ?? resolveLimits()

/**
 * The fellowship's workflow as a Payload plugin: it attaches the rule hooks to the collections,
 * registers the scheduled job and the error translation, and carries the limits in `custom`.
 */
export const fazaaWorkflow =
  (options: FazaaWorkflowOptions = {}): Plugin =>
  (config: Config): Config => {
    const limits = resolveLimits(options.limits)
    const hooksBySlug: Record<string, Hooks> = {
      committees: {
        beforeChange: [enforceCommitteeRules(limits)],
        afterChange: [dissolveCompletedCommittee, queueCommitteeFormedMail],
      },
      votes: { beforeChange: [enforceVoteRules] },
      proposals: { beforeChange: [enforceProposalWorkflow(limits)] },
      campaigns: { beforeChange: [enforceCampaignRules] },
      donations: {
        beforeChange: [enforceDonationRules, enforceCampaignCurrency('donation-currency')],
        afterChange: [refreshCampaignTotalsAfterChange],
        afterDelete: [refreshCampaignTotalsAfterDelete],
      },
      expenses: {
        beforeChange: [
          enforceExpenseApproval,
          enforceCampaignCurrency('money-currency-of-campaign'),
        ],
      },
      transfers: { beforeChange: [enforceCampaignCurrency('money-currency-of-campaign')] },
      meetings: {
        beforeChange: [enforceMeetingRules(limits)],
        afterChange: [createCompanionMeetings, queueMeetingDigest],
      },
    }
    const withHooks = (collection: CollectionConfig): CollectionConfig => {
      const extra: Hooks = { ...hooksBySlug[collection.slug] }
      // First of all, on every collection: data Payload itself would trip over.
      extra.beforeOperation = [
        refuseMalformedData,
        noteCollectionRead,
        ...(extra.beforeOperation ?? []),
      ]
      // Last, so that the announcement follows every other write of the same transaction.
      if (!PRIVATE_COLLECTIONS.includes(collection.slug)) {
        extra.afterChange = [...(extra.afterChange ?? []), announceCollectionChange]
        extra.afterDelete = [...(extra.afterDelete ?? []), announceCollectionDelete]
      }
      const hooks: Hooks = { ...collection.hooks }
      for (const [name, list] of Object.entries(extra) as [keyof Hooks, unknown[]][]) {
        hooks[name] = [...((hooks[name] as unknown[]) ?? []), ...list] as never
      }
      return { ...collection, hooks }
    }
    const withAnnouncement = (global: GlobalConfig): GlobalConfig => ({
      ...global,
      hooks: {
        ...global.hooks,
        beforeRead: [...(global.hooks?.beforeRead ?? []), noteGlobalRead],
        afterChange: [...(global.hooks?.afterChange ?? []), announceGlobalChange],
      },
    })
    const workflowCron = options.autoRunCron ?? SCHEDULES.workflowQueue
    return {
      ...config,
      custom: { ...config.custom, fazaaLimits: limits },
      collections: (config.collections ?? []).map((collection) =>
        boundEveryField(withHooks(collection)),
      ),
      globals: (config.globals ?? []).map(withAnnouncement),
      hooks: {
        ...config.hooks,
        afterError: [
          ...(config.hooks?.afterError ?? []),
          translateRuleErrors,
          translateConstraintErrors,
          translateBadValueErrors,
          translateStorageErrors,
          translateOutageErrors,
        ],
      },
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), completeExpiredCommittees, queueReminders, sendMail],
        autoRun: workflowCron
          ? [
              ...((config.jobs?.autoRun as []) ?? []),
              { cron: workflowCron, queue: 'workflow' },
              // Mail waits at most a minute: a digest or a reminder is news.
              { cron: SCHEDULES.mailQueue, queue: MAIL_QUEUE },
            ]
          : config.jobs?.autoRun,
        // Before every run: hand back jobs a dead process left marked as running.
        shouldAutoRun: async (payload) => {
          await releaseAbandonedJobs(payload)
          return true
        },
      },
    }
  }
