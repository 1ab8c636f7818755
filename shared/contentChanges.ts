/**
 * The PostgreSQL channel on which the CMS announces that public content changed. The portal
 * listens on it to drop its page cache. NOTIFY is delivered when the writing transaction commits,
 * so a listener never re-renders from data that is not yet visible.
 */
export const CONTENT_CHANNEL = 'fazaa_content'

/** Collections nobody outside sees in a public page: a change to them keeps the cache. */
export const PRIVATE_COLLECTIONS: readonly string[] = [
  'votes',
  'digests',
  'sign-in-links',
  'committee-interests',
  'meeting-rsvps',
  'stripe-events',
  'mail-deliveries',
]
