import type { CollectionBeforeChangeHook } from 'payload'

import { checkBigSundayAgenda } from '@fazaa/shared/rules/bigSundayAgenda'
import { idOf } from '../../../access/roles'
import { limitsOf } from '../../../lib/configuredLimits'
import { assertRule } from '../../../lib/ruleError'
import type { Meeting } from '../../../payload-types'

/** Rule 8, the agenda: the segments in the fixed order, with exactly the introductions it asks for. */
export const enforceBigSundayAgenda: CollectionBeforeChangeHook<Meeting> = ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data } as Meeting
  if (merged.kind !== 'big-sunday') return data
  assertRule(
    checkBigSundayAgenda(
      (data.segments ?? merged.segments ?? []).map((segment) => ({
        kind: segment.kind,
        members: (segment.members ?? []).map(idOf),
      })),
      limitsOf(req.payload.config),
    ),
    req,
  )
  return data
}
