/**
 * The PostgreSQL channel on which the CMS announces that public content changed. The portal
 * listens on it to drop the cached pages that read what changed. NOTIFY is delivered when the
 * writing transaction commits, so a listener never re-renders from data that is not yet visible.
 * The message is the changed collections' slugs, comma-separated.
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
  'throttles',
]

/**
 * What a public page can show of a document, for collections that are mostly private. Public
 * pages see members only as counts (active members, their countries: the home page), so a
 * member's profile edit (bio, skills, privacy, a new password), an application to join or an
 * applicant's edits change no public page and are not announced. Collections not listed are
 * public as a whole: any change is announced.
 */
const PUBLIC_VIEW: Record<string, (doc: Record<string, unknown>) => unknown> = {
  members: (member) => (member.status === 'active' ? { country: member.country ?? null } : null),
}

/** Whether a change (create: no `before`; delete: no `after`) can change a public page. */
export const isPubliclyVisibleChange = (
  slug: string,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): boolean => {
  const view = PUBLIC_VIEW[slug]
  if (!view) return true
  const seen = (doc: Record<string, unknown> | undefined) =>
    JSON.stringify(doc ? (view(doc) ?? null) : null)
  return seen(before) !== seen(after)
}

export const encodeChange = (slugs: readonly string[]): string => slugs.join(',')

export const decodeChange = (message: string): string[] =>
  message.split(',').filter((slug) => slug.length > 0)
