import { SEGMENT_KINDS, type SegmentKind } from '../domain/vocabulary'
import type { RuleLimits } from './limits'
import { fail, ok, type RuleResult } from './result'

/** The fixed order of the Big Sunday Meeting (DOMAIN.md); only the brainstorm slot is optional. */
export const SEGMENT_ORDER: readonly SegmentKind[] = SEGMENT_KINDS.map((kind) => kind.value)
const OPTIONAL: readonly SegmentKind[] = ['brainstorm']

/** Planned minutes of each segment when the agenda is first filled in. */
export const DEFAULT_SEGMENT_MINUTES: Record<SegmentKind, number> = {
  introductions: 10,
  'next-campaign': 15,
  'last-campaign': 10,
  guest: 30,
  brainstorm: 10,
  closing: 5,
}

export interface AgendaSegment {
  kind: SegmentKind
  members?: readonly unknown[] | null
}

/**
 * Rule 8: the segments come in the fixed order, each once, none of the required ones missing, and
 * exactly two members introduce themselves.
 */
export const checkBigSundayAgenda = (
  segments: readonly AgendaSegment[],
  limits: RuleLimits,
): RuleResult => {
  let previous = -1
  for (const [index, segment] of segments.entries()) {
    const position = SEGMENT_ORDER.indexOf(segment.kind)
    if (position <= previous) return fail('meeting-segments-order', { position: index + 1 })
    previous = position
  }
  const present = new Set(segments.map((segment) => segment.kind))
  const missing = SEGMENT_ORDER.find((kind) => !OPTIONAL.includes(kind) && !present.has(kind))
  if (missing) {
    const label = SEGMENT_KINDS.find((kind) => kind.value === missing)!.label
    return fail('meeting-segment-missing', { segment: `${label.ar} / ${label.en}` })
  }
  const introductions = segments.find((segment) => segment.kind === 'introductions')
  const count = new Set((introductions?.members ?? []).map(String)).size
  if (count !== limits.bigSundayIntroductions) {
    return fail('meeting-introductions-count', { required: limits.bigSundayIntroductions, count })
  }
  return ok()
}

export interface IntroductionCandidate<Id> {
  id: Id
  joinedAt: Date | string
  /** Said no to introducing themselves: the queue skips them. */
  declined?: boolean | null
}

/**
 * The rotation queue: active members not yet introduced, longest-standing first, skipping those
 * who declined. Members already introduced only come back once nobody else is waiting.
 */
export const suggestIntroductions = <Id>(
  candidates: readonly IntroductionCandidate<Id>[],
  alreadyIntroduced: ReadonlySet<Id>,
  count: number,
): Id[] =>
  candidates
    .filter((candidate) => !candidate.declined)
    .sort(
      (a, b) =>
        Number(alreadyIntroduced.has(a.id)) - Number(alreadyIntroduced.has(b.id)) ||
        new Date(a.joinedAt).getTime() - new Date(b.joinedAt).getTime(),
    )
    .slice(0, count)
    .map((candidate) => candidate.id)
