import { getPayload, type Payload } from 'payload'

import { migrateToLatest } from '../../cms/lib/migrateToLatest'
import { resetContent } from '../../cms/lib/resetContent'
import type { FazaaWorkflowOptions } from '../../cms/plugins/fazaaWorkflow'

/**
 * Payload on the run's throwaway database, migrated. `key` gives a separate instance, for a
 * configuration with other workflow options.
 */
export const testPayload = async (
  key = 'default',
  workflow: FazaaWorkflowOptions = { autoRunCron: false },
): Promise<Payload> => {
  const { buildFazaaConfig } = await import('../../cms/payload.config')
  const payload = await getPayload({ config: buildFazaaConfig(workflow), key })
  await migrateToLatest(payload)
  return payload
}

/** Each test file starts from an empty database. */
export const resetDatabase = resetContent
