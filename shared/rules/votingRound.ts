import type { RuleLimits } from './limits'
import { fail, ok, type RuleResult } from './result'
import type { TallyRow } from './tally'

/**
 * A voting round: the proposals put to the members together, in one window, decided together at
 * its close (DOMAIN.md: "a participatory mechanism for choosing the project of the month").
 */
export interface RoundWindow {
  opensAt?: Date | string | null
  closesAt?: Date | string | null
  /** The round's own quorum, in percent of active members; empty: the fellowship's share. */
  quorumPercent?: number | null
}

/** How many took part so far, and how many the round needs: never how anyone voted. */
export interface Turnout {
  /** Active members when counted: those who may vote. */
  eligible: number
  /** Members who cast a vote on at least one of the round's proposals. */
  voters: number
  /** The quorum: voters the round needs for its result to stand. */
  needed: number
  met: boolean
  /** Voters still needed (0 once met). */
  missing: number
}

/** The share of active members this round needs: its own percent, else the fellowship's. */
export const quorumShareOf = (round: Pick<RoundWindow, 'quorumPercent'>, limits: RuleLimits) =>
  round.quorumPercent ? round.quorumPercent / 100 : limits.roundQuorumShare

/**
 * The quorum as a count: the share of the eligible, rounded up (a third of 10 is 4), at least 1.
 * The tiny epsilon keeps a third of 9 at 3, where floating point makes 3.0000000000000004.
 */
export const quorumOf = (eligible: number, share: number): number =>
  Math.max(1, Math.ceil(eligible * share - 1e-9))

export const turnoutOf = (
  { eligible, voters }: { eligible: number; voters: number },
  share: number,
): Turnout => {
  const needed = quorumOf(eligible, share)
  return { eligible, voters, needed, met: voters >= needed, missing: Math.max(0, needed - voters) }
}

/** The turnout a close recorded (its figures are kept on the round). */
export const recordedTurnout = (figures: {
  eligible?: number | null
  voters?: number | null
  needed?: number | null
}): Turnout => {
  const [eligible, voters, needed] = [
    figures.eligible ?? 0,
    figures.voters ?? 0,
    figures.needed ?? 0,
  ]
  return { eligible, voters, needed, met: voters >= needed, missing: Math.max(0, needed - voters) }
}

/** What the close of a round decides. */
export type RoundDecision<Id> =
  /** Quorum met and one proposal ahead with more yes than no: it becomes next month's campaign. */
  | { outcome: 'decided'; winner: Id }
  /** Quorum missed at the first close: the round stays open `extensionDays` longer, once. */
  | { outcome: 'extended'; closesAt: Date }
  /** Quorum met, and two or more proposals share the lead: the management decides, with a reason. */
  | { outcome: 'tied'; between: Id[] }
  /** Quorum missed again after the extension: no project is chosen this round. */
  | { outcome: 'no-quorum' }
  /** Quorum met, but no proposal had more yes than no. */
  | { outcome: 'no-majority' }

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The close of a round, from its totals alone (`tallyRound`'s rows, ranked): quorum first, then a
 * winner with more yes than no. Two leaders with the same yes and no are a tie: the tally's own
 * tie-breaker (the earliest submitted) ranks a list, but does not choose a town's project.
 */
export const decideRound = <Id>({
  ranked,
  turnout,
  extended,
  closesAt,
  limits,
}: {
  ranked: readonly TallyRow<Id>[]
  turnout: Turnout
  /** Whether the round was already extended once. */
  extended: boolean
  closesAt: Date | string
  limits: RuleLimits
}): RoundDecision<Id> => {
  if (!turnout.met) {
    if (extended) return { outcome: 'no-quorum' }
    return {
      outcome: 'extended',
      closesAt: new Date(new Date(closesAt).getTime() + limits.roundExtensionDays * DAY_MS),
    }
  }
  const supported = ranked.filter((row) => row.yes > row.no)
  const first = supported[0]
  if (!first) return { outcome: 'no-majority' }
  const leaders = supported.filter((row) => row.yes === first.yes && row.no === first.no)
  if (leaders.length > 1) return { outcome: 'tied', between: leaders.map((row) => row.id) }
  return { outcome: 'decided', winner: first.id }
}

/** The shortest reason the management may give for deciding a tie: a sentence, not a letter. */
export const TIE_REASON_MIN_CHARACTERS = 10

/**
 * A tie is the management's to decide, among the tied proposals only, with a reason the members
 * will read.
 */
export const checkTieDecision = <Id>({
  between,
  winner,
  reason,
}: {
  between: readonly Id[]
  winner: Id | null | undefined
  reason: string | null | undefined
}): RuleResult => {
  if (winner == null || !between.some((id) => String(id) === String(winner))) {
    return fail('round-tie-winner', { count: between.length })
  }
  if ((reason?.trim().length ?? 0) < TIE_REASON_MIN_CHARACTERS) {
    return fail('round-tie-reason', { min: TIE_REASON_MIN_CHARACTERS })
  }
  return ok()
}

/**
 * What the management may change in a round, and when: the window needs its close after its
 * opening; once the round has opened, its window and quorum are the members' (only the close
 * extends it), so a rule is never changed while they vote.
 */
export const checkRoundChange = ({
  before,
  after,
  now,
}: {
  /** The round as saved, or null for a new one. */
  before: RoundWindow | null
  after: RoundWindow
  now: Date
}): RuleResult => {
  const time = (value: Date | string | null | undefined) =>
    value ? new Date(value).getTime() : null
  if (before && time(before.opensAt) != null && time(before.opensAt)! <= now.getTime()) {
    const changed = (['opensAt', 'closesAt', 'quorumPercent'] as const).filter((field) =>
      field === 'quorumPercent'
        ? (before.quorumPercent ?? null) !== (after.quorumPercent ?? null)
        : time(before[field]) !== time(after[field]),
    )
    if (changed.length > 0) {
      return fail('round-started', { opensAt: new Date(before.opensAt!).toISOString() })
    }
  }
  const opens = time(after.opensAt)
  const closes = time(after.closesAt)
  if (opens == null || closes == null || closes <= opens) return fail('round-window')
  const percent = after.quorumPercent
  if (percent != null && !(percent > 0 && percent <= 100)) return fail('round-quorum-percent')
  return ok()
}
