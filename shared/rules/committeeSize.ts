import type { CommitteeKind } from '../domain/vocabulary'
import type { RuleLimits } from './limits'
import { fail, ok, type RuleResult } from './result'

/** The most people a committee of this kind may have, the lead included. */
export const committeeSeatLimit = (kind: CommitteeKind, limits: RuleLimits): number =>
  kind === 'brainstorm' ? limits.brainstormGroupMaxMembers : limits.flyingCommitteeMaxMembers

/** Seats still free, for the portal's "3 seats left". Never negative. */
export const seatsLeft = (kind: CommitteeKind, memberCount: number, limits: RuleLimits): number =>
  Math.max(0, committeeSeatLimit(kind, limits) - memberCount)

/** Rule 1: a flying committee has at most 5 members and a brainstorm group at most 10. */
export const checkCommitteeSize = (
  {
    kind,
    memberIds,
    leadId,
  }: { kind: CommitteeKind; memberIds: readonly unknown[]; leadId?: unknown },
  limits: RuleLimits,
): RuleResult => {
  // The lead counts toward the size whether or not the list names them.
  const members = new Set([...memberIds, ...(leadId != null ? [leadId] : [])].map(String))
  const limit = committeeSeatLimit(kind, limits)
  if (members.size > limit) return fail('committee-size', { kind, limit, count: members.size })
  return ok()
}
