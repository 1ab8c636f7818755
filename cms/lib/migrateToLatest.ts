import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * Applies the committed migrations, imported here rather than read from disk by Payload, whose
 * loader imports .ts files natively and cannot strip the generated files' type imports.
 */
export const migrateToLatest = (payload: Payload): Promise<void> =>
  // The generated files type their arguments precisely; Payload's list takes `unknown`.
  payload.db.migrate({ migrations: migrations as unknown as Migration[] })
