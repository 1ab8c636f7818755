import * as clock from '@fazaa/shared/clock'
import { cms } from './client'

/**
 * How much of the members' area exists, for someone who may not read it yet (an applicant, a
 * paused member): counts only, never a title or a name. Their pages say "2 votes are open; you
 * vote once admitted", not "no vote is open", which would not be true.
 */
export interface MembersOnlyCounts {
  openVotes: number
  proposals: number
  committeesForming: number
  /** Members the expertise bank lists (active, and chose to be listed): what a member would see. */
  listedInDirectory: number
}

export const getMembersOnlyCounts = async (): Promise<MembersOnlyCounts> => {
  const payload = await cms()
  const now = clock.now().toISOString()
  const count = async (
    collection: 'proposals' | 'committees' | 'members',
    where: Parameters<typeof payload.count>[0]['where'],
  ) => (await payload.count({ collection, where, overrideAccess: true })).totalDocs
  const [openVotes, proposals, committeesForming, listedInDirectory] = await Promise.all([
    count('proposals', { status: { equals: 'voting' }, votingClosesAt: { greater_than: now } }),
    count('proposals', { status: { not_in: ['draft', 'withdrawn'] } }),
    count('committees', { status: { equals: 'forming' } }),
    count('members', {
      status: { equals: 'active' },
      'privacy.showInDirectory': { equals: true },
    }),
  ])
  return { openVotes, proposals, committeesForming, listedInDirectory }
}
