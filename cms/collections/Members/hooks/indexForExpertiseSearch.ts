import type { CollectionBeforeChangeHook } from 'payload'

import { expertiseSearchText } from '@fazaa/shared/domain/expertiseSearch'
import type { Member } from '../../../payload-types'

/**
 * Keeps the expertise bank's search text in step with what the member lists (skills, country,
 * languages, sectors), on every write from any side; a value sent for it is replaced.
 */
export const indexForExpertiseSearch: CollectionBeforeChangeHook<Member> = ({
  data,
  originalDoc,
  operation,
}) => {
  // An update sends only what changed: the rest of the listing is the saved one.
  const saved = operation === 'update' ? originalDoc : undefined
  const current = <K extends 'country' | 'sectors' | 'skills' | 'languages'>(field: K) =>
    data[field] !== undefined ? data[field] : saved?.[field]
  data.expertiseSearch = expertiseSearchText({
    country: current('country'),
    sectors: current('sectors'),
    skills: current('skills'),
    languages: current('languages'),
  })
  return data
}
