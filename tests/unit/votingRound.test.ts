import { describe, expect, it } from 'vitest'

import { DEFAULT_LIMITS, resolveLimits } from '@fazaa/shared/rules/limits'
import { tallyRound } from '@fazaa/shared/rules/tally'
import {
  checkRoundChange,
  checkTieDecision,
  decideRound,
  quorumOf,
  quorumShareOf,
  turnoutOf,
} from '@fazaa/shared/rules/votingRound'
import { ROUND_WORDS } from '@fazaa/shared/i18n/roundWords'

const votes = (yes: number, no: number, abstain = 0) => [
  ...Array<'yes'>(yes).fill('yes'),
  ...Array<'no'>(no).fill('no'),
  ...Array<'abstain'>(abstain).fill('abstain'),
]

describe('quorum and turnout', () => {
  it('needs a third of the active members by default, rounded up, and at least one', () => {
    expect(DEFAULT_LIMITS.roundQuorumShare).toBeCloseTo(1 / 3)
    expect(quorumOf(9, 1 / 3)).toBe(3)
    expect(quorumOf(10, 1 / 3)).toBe(4)
    expect(quorumOf(30, 1 / 3)).toBe(10)
    expect(quorumOf(1000, 1 / 3)).toBe(334)
    expect(quorumOf(0, 1 / 3)).toBe(1)
  })

  it("takes the round's own percent when the management set one", () => {
    expect(quorumShareOf({ quorumPercent: 50 }, DEFAULT_LIMITS)).toBe(0.5)
    expect(quorumShareOf({ quorumPercent: null }, DEFAULT_LIMITS)).toBeCloseTo(1 / 3)
    expect(quorumShareOf({}, resolveLimits({ roundQuorumShare: 0.25 }))).toBe(0.25)
    expect(() => resolveLimits({ roundQuorumShare: 1.5 })).toThrow(/share above 0 and at most 1/)
    expect(() => resolveLimits({ roundExtensionDays: 0 })).toThrow(/whole number/)
  })

  it('says how many voted and how many are still needed, never who', () => {
    const short = turnoutOf({ eligible: 30, voters: 7 }, 1 / 3)
    expect(short).toEqual({ eligible: 30, voters: 7, needed: 10, met: false, missing: 3 })
    expect(ROUND_WORDS.ar.turnout(short)).toBe('صوّت ٧ من أصل ٣٠ عضواً، والنصاب ١٠.')
    expect(ROUND_WORDS.ar.missing(short)).toBe('ينقص ٣ أعضاء ليكتمل النصاب.')
    expect(ROUND_WORDS.ar.missing({ ...short, missing: 2 })).toBe('ينقص عضوان ليكتمل النصاب.')
    expect(ROUND_WORDS.en.turnout(short)).toBe(
      '7 of 30 active members have voted; the quorum is 10.',
    )
    const met = turnoutOf({ eligible: 30, voters: 10 }, 1 / 3)
    expect(met).toMatchObject({ met: true, missing: 0 })
    expect(ROUND_WORDS.en.missing(met)).toBe('The quorum is met.')
  })
})

describe('decideRound', () => {
  const closesAt = '2026-12-10T18:00:00Z'
  const met = turnoutOf({ eligible: 9, voters: 3 }, 1 / 3)
  const missed = turnoutOf({ eligible: 9, voters: 2 }, 1 / 3)
  const ranked = (...rows: { id: number; yes: number; no: number }[]) =>
    tallyRound(
      rows.map((row, index) => ({
        id: row.id,
        submittedAt: `2026-11-0${index + 1}`,
        votes: votes(row.yes, row.no),
      })),
    )

  it('chooses the proposal with the most yes when the quorum is met', () => {
    expect(
      decideRound({
        ranked: ranked({ id: 1, yes: 1, no: 0 }, { id: 2, yes: 2, no: 1 }),
        turnout: met,
        extended: false,
        closesAt,
        limits: DEFAULT_LIMITS,
      }),
    ).toEqual({ outcome: 'decided', winner: 2 })
  })

  it('extends a round that missed its quorum once, by the set days, then gives up', () => {
    const first = decideRound({
      ranked: ranked({ id: 1, yes: 2, no: 0 }),
      turnout: missed,
      extended: false,
      closesAt,
      limits: DEFAULT_LIMITS,
    })
    expect(first).toEqual({ outcome: 'extended', closesAt: new Date('2026-12-13T18:00:00Z') })
    expect(
      decideRound({
        ranked: ranked({ id: 1, yes: 2, no: 0 }),
        turnout: missed,
        extended: true,
        closesAt,
        limits: DEFAULT_LIMITS,
      }),
    ).toEqual({ outcome: 'no-quorum' })
  })

  it('leaves a tie at the top to the management, whatever the submission dates', () => {
    expect(
      decideRound({
        ranked: ranked(
          { id: 1, yes: 2, no: 1 },
          { id: 2, yes: 2, no: 1 },
          { id: 3, yes: 1, no: 0 },
        ),
        turnout: met,
        extended: false,
        closesAt,
        limits: DEFAULT_LIMITS,
      }),
    ).toEqual({ outcome: 'tied', between: [1, 2] })
  })

  it('chooses nothing when no proposal has more yes than no', () => {
    expect(
      decideRound({
        ranked: ranked({ id: 1, yes: 1, no: 1 }, { id: 2, yes: 0, no: 2 }),
        turnout: met,
        extended: false,
        closesAt,
        limits: DEFAULT_LIMITS,
      }),
    ).toEqual({ outcome: 'no-majority' })
  })
})

describe('the round as the management plans and decides it', () => {
  const opensAt = '2026-12-01T18:00:00Z'
  const closesAt = '2026-12-10T18:00:00Z'

  it('needs a window with its close after its opening, and a percent within 1-100', () => {
    expect(
      checkRoundChange({ before: null, after: { opensAt, closesAt }, now: new Date() }).ok,
    ).toBe(true)
    expect(
      checkRoundChange({
        before: null,
        after: { opensAt: closesAt, closesAt: opensAt },
        now: new Date(),
      }),
    ).toMatchObject({ code: 'round-window' })
    expect(
      checkRoundChange({
        before: null,
        after: { opensAt, closesAt, quorumPercent: 140 },
        now: new Date(),
      }),
    ).toMatchObject({ code: 'round-quorum-percent' })
  })

  it('keeps its window and quorum once it has opened', () => {
    const before = { opensAt, closesAt, quorumPercent: null }
    const planning = new Date('2026-11-30T12:00:00Z')
    const voting = new Date('2026-12-02T12:00:00Z')
    expect(
      checkRoundChange({ before, after: { ...before, quorumPercent: 50 }, now: planning }).ok,
    ).toBe(true)
    const late = checkRoundChange({ before, after: { ...before, quorumPercent: 50 }, now: voting })
    expect(late).toMatchObject({ code: 'round-started' })
    if (late.ok) return
    expect(late.message.ar).toContain('لا يتغير موعدها ولا نصابها والأعضاء يصوّتون')
    expect(
      checkRoundChange({
        before,
        after: { ...before, closesAt: '2026-12-20T18:00:00Z' },
        now: voting,
      }),
    ).toMatchObject({ code: 'round-started' })
    // Saving it unchanged (the admin's form sends every field) is fine.
    expect(checkRoundChange({ before, after: { ...before }, now: voting }).ok).toBe(true)
  })

  it('decides a tie among the tied proposals only, with a reason members read', () => {
    expect(
      checkTieDecision({ between: [1, 2], winner: 3, reason: 'أقرب إلى حاجة المدرسة' }),
    ).toMatchObject({
      code: 'round-tie-winner',
    })
    expect(checkTieDecision({ between: [1, 2], winner: 2, reason: 'لأن' })).toMatchObject({
      code: 'round-tie-reason',
    })
    expect(
      // The admin's form sends ids as text.
      checkTieDecision<number | string>({
        between: [1, 2],
        winner: '2',
        reason: 'أقرب إلى حاجة المدرسة الآن',
      }).ok,
    ).toBe(true)
  })
})
