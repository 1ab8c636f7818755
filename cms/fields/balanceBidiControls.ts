import type { FieldHook } from 'payload'

import { balanceBidi } from '@fazaa/shared/text/balanceBidi'

/**
 * Stores text with its direction controls balanced (shared/text/balanceBidi.ts), on every path
 * in: whatever shows the text afterwards (the portal, a digest, the admin, a CSV) shows it
 * isolated from what follows. A list of texts (`hasMany`) is balanced item by item.
 */
export const balanceBidiControls: FieldHook = ({ value }) => {
  if (typeof value === 'string') return balanceBidi(value)
  if (Array.isArray(value)) {
    return value.map((item: unknown) => (typeof item === 'string' ? balanceBidi(item) : item))
  }
  return value
}
