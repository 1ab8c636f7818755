import { describe, expect, it } from 'vitest'

import { DEFAULT_LIMITS } from '@fazaa/shared/rules/limits'

import { readProposalForm } from '../../portal/src/features/proposals/readProposalForm'

const formWith = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries({
    title: 'Shade trees',
    summary: 'Trees for the school yard',
    sectors: 'education',
    ...fields,
  })) {
    data.append(name, value)
  }
  return data
}

describe('the proposal form', () => {
  it('reads a budget and weeks as people type them: Arabic-Indic digits, thousands grouped', () => {
    for (const budget of ['1500', '1,500', '١٥٠٠', '١٬٥٠٠', '۱۵۰۰']) {
      const read = readProposalForm(formWith({ budget, weeks: '٤' }), DEFAULT_LIMITS)
      expect(read.problems).toEqual({})
      expect(read.budgetCents).toBe(150_000)
      expect(read.weeks).toBe(4)
      // What was typed is what the form shows again.
      expect(read.form.budget).toBe(budget)
    }
  })

  it('refuses what is not a number, and weeks past the small-project rule, in both languages', () => {
    const notANumber = readProposalForm(formWith({ budget: 'lots', weeks: 'x' }), DEFAULT_LIMITS)
    expect(notANumber.problems.budget?.en).toBe('Write a whole number.')
    expect(notANumber.problems.weeks?.ar).toBe('اكتب رقماً صحيحاً.')
    const tooLong = readProposalForm(formWith({ budget: '١٥٠٠', weeks: '١٢' }), DEFAULT_LIMITS)
    expect(tooLong.weeks).toBe(12)
    expect(tooLong.problems.weeks?.en).toContain(
      `between 1 and ${DEFAULT_LIMITS.proposalMaxWeeks} weeks`,
    )
  })
})
