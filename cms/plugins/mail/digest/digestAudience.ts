import type { Where } from 'payload'

/** Who receives a Big Sunday Meeting's digest: every active member who has not opted out. */
export const DIGEST_AUDIENCE: Where = {
  status: { equals: 'active' },
  digestOptIn: { not_equals: false },
}
