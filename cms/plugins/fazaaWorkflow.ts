import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { PRIVATE_COLLECTIONS } from '@fazaa/shared/contentChanges'
import { resolveLimits, type RuleLimits } from '@fazaa/shared/rules/limits'
import { boundEveryField } from '../fields/boundEveryField'
import {
  announceCollectionChange,
  announceCollectionDelete,
  announceGlobalChange,
} from '../hooks/announceContentChange'
import { noteCollectionRead, noteGlobalRead } from '../hooks/noteContentRead'
import { refuseMalformedData } from '../hooks/refuseMalformedData'
import { translateBadValueErrors } from '../hooks/translateBadValueErrors'
import { translateConstraintErrors } from '../hooks/translateConstraintErrors'
import { translateOutageErrors } from '../hooks/translateOutageErrors'
import { translateRuleErrors } from '../hooks/translateRuleErrors'
import { translateStorageErrors } from '../hooks/translateStorageErrors'
import { completeExpiredCommittees } from '../jobs/completeExpiredCommittees'
import { releaseAbandonedJobs } from '../jobs/releaseAbandonedJobs'
import { SCHEDULES } from '../jobs/schedules'
import { LIMITS_KEY } from '../lib/configuredLimits'

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

/**
 * What every collection gets, as a Payload plugin: the bounds on every field, the refusal of
 * malformed data, the page cache's read tracking and change announcements, the translation of
 * errors into the rule's words, the workflow's scheduled jobs, and the limits in `custom` (which
 * the collections' own rule hooks read at run time). Each collection lists its own rule hooks.
 */
export const fazaaWorkflow =
  (options: FazaaWorkflowOptions = {}): Plugin =>
  (config: Config): Config => {
    const limits = resolveLimits(options.limits)
    const withHooks = (collection: CollectionConfig): CollectionConfig => {
      const extra: Hooks = {}
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
      custom: { ...config.custom, [LIMITS_KEY]: limits },
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
        // The workflow's own job first: the order of the tasks is the order of a database enum.
        tasks: [completeExpiredCommittees, ...(config.jobs?.tasks ?? [])],
        autoRun: workflowCron
          ? [...((config.jobs?.autoRun as []) ?? []), { cron: workflowCron, queue: 'workflow' }]
          : config.jobs?.autoRun,
        // Before every run: hand back jobs a dead process left marked as running.
        shouldAutoRun: async (payload) => {
          await releaseAbandonedJobs(payload)
          return true
        },
      },
    }
  }
