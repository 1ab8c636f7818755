import { describe, expect, it } from 'vitest'

import { DEFAULT_LIMITS, PROPOSAL_LIMITS } from '@fazaa/shared/rules/limits'
import {
  allowedProposalMoves,
  checkNewProposalStatus,
  checkProposalTexts,
  checkProposalTransition,
  checkReadyForVote,
  isProposalEditable,
  stepBetween,
} from '@fazaa/shared/rules/proposalTransition'
import { tallyRound } from '@fazaa/shared/rules/tally'
import { checkVoteAllowed, isVotingOpen, votingTimeLeft } from '@fazaa/shared/rules/voteEligibility'

const window = {
  status: 'voting' as const,
  votingOpensAt: '2026-07-01T00:00:00Z',
  votingClosesAt: '2026-07-08T00:00:00Z',
}

describe('checkVoteAllowed', () => {
  it('accepts an active member inside the window', () => {
    expect(
      checkVoteAllowed({ memberStatus: 'active', proposal: window }, new Date('2026-07-03')).ok,
    ).toBe(true)
  })

  it('treats the opening instant as open and the closing instant as closed', () => {
    expect(isVotingOpen(window, new Date('2026-07-01T00:00:00Z'))).toBe(true)
    expect(isVotingOpen(window, new Date('2026-07-08T00:00:00Z'))).toBe(false)
    expect(
      checkVoteAllowed(
        { memberStatus: 'active', proposal: window },
        new Date('2026-07-08T00:00:00Z'),
      ),
    ).toMatchObject({
      code: 'vote-closed',
    })
  })

  it('names the reason: not active, not voting, too early', () => {
    const at = new Date('2026-07-03')
    for (const status of ['applicant', 'paused', 'left'] as const) {
      expect(checkVoteAllowed({ memberStatus: status, proposal: window }, at)).toMatchObject({
        code: 'vote-member-not-active',
      })
    }
    expect(
      checkVoteAllowed(
        { memberStatus: 'active', proposal: { ...window, status: 'submitted' } },
        at,
      ),
    ).toMatchObject({
      code: 'vote-proposal-not-voting',
    })
    expect(
      checkVoteAllowed({ memberStatus: 'active', proposal: window }, new Date('2026-06-30')),
    ).toMatchObject({
      code: 'vote-not-open-yet',
    })
  })

  it('reports the time left, and zero after the close', () => {
    expect(votingTimeLeft(window, new Date('2026-07-07T00:00:00Z'))).toBe(24 * 3600 * 1000)
    expect(votingTimeLeft(window, new Date('2026-07-09T00:00:00Z'))).toBe(0)
  })
})

describe('proposal transitions', () => {
  const ready = {
    estimatedBudget: { amount: 230000 },
    estimatedDurationWeeks: 8,
    votingOpensAt: '2026-07-01',
    votingClosesAt: '2026-07-08',
  }
  /** A day after that vote closed. */
  const now = new Date('2026-07-09')

  it('follows the lifecycle; only admins open the vote, and only its round decides it', () => {
    expect(
      checkProposalTransition(
        { from: 'draft', to: 'submitted', actor: 'proposer', proposal: {}, now },
        DEFAULT_LIMITS,
      ).ok,
    ).toBe(true)
    expect(
      checkProposalTransition(
        { from: 'in-discussion', to: 'voting', actor: 'proposer', proposal: ready, now },
        DEFAULT_LIMITS,
      ),
    ).toMatchObject({ code: 'proposal-admin-only' })
    expect(
      checkProposalTransition(
        { from: 'in-discussion', to: 'voting', actor: 'admin', proposal: ready, now },
        DEFAULT_LIMITS,
      ).ok,
    ).toBe(true)
    expect(
      checkProposalTransition(
        { from: 'voting', to: 'selected', actor: 'round', proposal: ready, now },
        DEFAULT_LIMITS,
      ).ok,
    ).toBe(true)
    for (const to of ['selected', 'not-selected'] as const) {
      const byHand = checkProposalTransition(
        { from: 'voting', to, actor: 'admin', proposal: ready, now },
        DEFAULT_LIMITS,
      )
      expect(byHand).toMatchObject({ code: 'proposal-decided-by-round' })
      if (byHand.ok) return
      expect(byHand.message.ar).toContain('لا تُختار المقترحات باليد')
      expect(byHand.message.en).toContain('The round decides at its close')
    }
    // Nor is a decision recorded on a new proposal, which never went through a vote.
    expect(
      checkNewProposalStatus({ status: 'selected', actor: 'admin' }, ready, DEFAULT_LIMITS),
    ).toMatchObject({ code: 'proposal-decided-by-round' })
    expect(allowedProposalMoves('voting')).toEqual([])
    expect(allowedProposalMoves('voting', 'round')).toEqual(['selected', 'not-selected'])
    expect(
      checkProposalTransition(
        { from: 'draft', to: 'selected', actor: 'admin', proposal: ready, now },
        DEFAULT_LIMITS,
      ),
    ).toMatchObject({
      code: 'proposal-transition',
    })
    expect(
      checkProposalTransition(
        { from: 'submitted', to: 'withdrawn', actor: 'other', proposal: {}, now },
        DEFAULT_LIMITS,
      ),
    ).toMatchObject({
      code: 'proposal-proposer-only',
    })
  })

  it('decides a vote only once it has closed, in either direction', () => {
    const during = new Date(Date.parse(ready.votingClosesAt) - 60_000)
    for (const to of ['selected', 'not-selected'] as const) {
      const early = checkProposalTransition(
        { from: 'voting', to, actor: 'round', proposal: ready, now: during },
        DEFAULT_LIMITS,
      )
      expect(early).toMatchObject({
        code: 'proposal-vote-still-open',
        params: { closesAt: new Date(ready.votingClosesAt).toISOString() },
      })
      if (early.ok) return
      expect(early.message.en).toContain('members are still voting')
      expect(
        checkProposalTransition(
          {
            from: 'voting',
            to,
            actor: 'round',
            proposal: ready,
            now: new Date(ready.votingClosesAt),
          },
          DEFAULT_LIMITS,
        ).ok,
      ).toBe(true)
    }
  })

  it('names the step in between when a jump is refused, or where it may go instead', () => {
    expect(stepBetween('submitted', 'voting')).toBe('in-discussion')
    expect(stepBetween('draft', 'selected')).toBe('submitted')
    expect(stepBetween('voting', 'draft')).toBeNull()
    const jump = checkProposalTransition(
      { from: 'submitted', to: 'voting', actor: 'admin', proposal: ready, now },
      DEFAULT_LIMITS,
    )
    expect(jump.ok).toBe(false)
    if (jump.ok) return
    expect(jump.message.ar).toContain('انقله أولاً إلى «قيد النقاش مع الإدارة»')
    expect(jump.message.en).toContain('Move it to "In discussion" first.')
    const back = checkProposalTransition(
      { from: 'voting', to: 'draft', actor: 'admin', proposal: ready, now },
      DEFAULT_LIMITS,
    )
    if (back.ok) throw new Error('voting → draft must be refused')
    expect(back.message.en).toContain('From here it moves only to "Selected" or "Not selected".')
    const final = checkProposalTransition(
      { from: 'withdrawn', to: 'submitted', actor: 'admin', proposal: ready, now },
      DEFAULT_LIMITS,
    )
    if (final.ok) throw new Error('a withdrawn proposal stays withdrawn')
    expect(final.message.ar).toContain('هذه مرحلة نهائية')
  })

  it('never leaves the end states, and keeps voting proposals out of edits', () => {
    for (const end of ['selected', 'not-selected', 'withdrawn'] as const) {
      expect(allowedProposalMoves(end)).toEqual([])
      expect(isProposalEditable(end)).toBe(false)
    }
    expect(isProposalEditable('voting')).toBe(false)
    expect(isProposalEditable('in-discussion')).toBe(true)
  })

  it('opens a vote only on a concrete, small project with a window', () => {
    expect(checkReadyForVote(ready, DEFAULT_LIMITS).ok).toBe(true)
    expect(
      checkReadyForVote({ ...ready, estimatedBudget: { amount: 0 } }, DEFAULT_LIMITS),
    ).toMatchObject({
      code: 'proposal-budget-required',
    })
    expect(
      checkReadyForVote({ ...ready, estimatedDurationWeeks: 9 }, DEFAULT_LIMITS),
    ).toMatchObject({
      code: 'proposal-duration',
      params: { maxWeeks: 8 },
    })
    expect(
      checkReadyForVote({ ...ready, votingClosesAt: '2026-06-30' }, DEFAULT_LIMITS),
    ).toMatchObject({
      code: 'proposal-window-required',
    })
  })

  it('lets members start a proposal as a draft or submitted only', () => {
    expect(
      checkNewProposalStatus({ status: 'submitted', actor: 'proposer' }, {}, DEFAULT_LIMITS).ok,
    ).toBe(true)
    expect(
      checkNewProposalStatus({ status: 'voting', actor: 'proposer' }, ready, DEFAULT_LIMITS),
    ).toMatchObject({
      code: 'proposal-admin-only',
    })
    expect(
      checkNewProposalStatus({ status: 'voting', actor: 'admin' }, {}, DEFAULT_LIMITS),
    ).toMatchObject({
      code: 'proposal-budget-required',
    })
  })
})

describe('tallyRound', () => {
  it('ranks by yes, then fewer no, then the earliest submitted', () => {
    const rows = tallyRound([
      { id: 'late-tie', submittedAt: '2026-06-03', votes: ['yes', 'yes', 'no'] },
      { id: 'fewest-no', submittedAt: '2026-06-05', votes: ['yes', 'yes', 'abstain'] },
      { id: 'most-yes', submittedAt: '2026-06-09', votes: ['yes', 'yes', 'yes', 'no', 'no'] },
      { id: 'early-tie', submittedAt: '2026-06-01', votes: ['no', 'yes', 'yes'] },
    ])
    expect(rows.map((r) => r.id)).toEqual(['most-yes', 'fewest-no', 'early-tie', 'late-tie'])
    expect(rows[0]).toEqual({ id: 'most-yes', yes: 3, no: 2, abstain: 0, total: 5, rank: 1 })
  })

  it('gives totals only, never who voted what', () => {
    const [row] = tallyRound([{ id: 1, submittedAt: '2026-06-01', votes: ['yes'] }])
    expect(Object.keys(row!).sort()).toEqual(['abstain', 'id', 'no', 'rank', 'total', 'yes'])
  })
})

describe('checkProposalTexts', () => {
  it('takes texts up to their lengths and names the field and the numbers past them', () => {
    const title = 't'.repeat(PROPOSAL_LIMITS.title)
    const summary = 's'.repeat(PROPOSAL_LIMITS.summary)
    expect(checkProposalTexts({ title, summary }).ok).toBe(true)
    expect(checkProposalTexts({})).toEqual({ ok: true })
    expect(checkProposalTexts({ title: `${title}t`, summary })).toMatchObject({
      ok: false,
      code: 'proposal-text-too-long',
      params: { field: 'title', max: PROPOSAL_LIMITS.title, length: PROPOSAL_LIMITS.title + 1 },
    })
    const tooLongSummary = checkProposalTexts({ title, summary: `${summary}s` })
    expect(tooLongSummary).toMatchObject({
      code: 'proposal-text-too-long',
      params: { field: 'summary' },
    })
    expect(tooLongSummary.ok ? '' : tooLongSummary.message.ar).toContain('الملخص')
  })
})
