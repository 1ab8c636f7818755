import { SECTORS, type Sector } from '@fazaa/shared/domain/vocabulary'
import type { Localized } from '@fazaa/shared/i18n/locales'
import { FIELD_MESSAGES } from '@fazaa/shared/i18n/fieldMessages'
import { PROPOSAL_LIMITS, type RuleLimits } from '@fazaa/shared/rules/limits'
import { parseAmount } from '@fazaa/shared/money'
import { checkProposalSize } from '@fazaa/shared/rules/proposalTransition'
import { toLatinDigits } from '@fazaa/shared/text/latinDigits'

export interface ProposalForm {
  title: string
  summary: string
  details: string
  /** As typed, in whole units of the currency (euros), so the form can show it again. */
  budget: string
  weeks: string
  sectors: Sector[]
}

export type ProposalField = 'title' | 'summary' | 'details' | 'budget' | 'weeks'

const { required: REQUIRED, tooLong, wholeNumber: WHOLE_NUMBER } = FIELD_MESSAGES

/**
 * Reads the proposal form and says what is wrong with each field, in both languages; the small
 * project rule (budget, at most N weeks) is the same function the CMS uses to open a vote.
 */
export const readProposalForm = (
  data: FormData,
  limits: RuleLimits,
): {
  form: ProposalForm
  problems: Partial<Record<ProposalField, Localized>>
  budgetCents: number | null
  weeks: number | null
} => {
  const text = (name: string) => String(data.get(name) ?? '').trim()
  const form: ProposalForm = {
    title: text('title'),
    summary: text('summary'),
    details: text('details'),
    budget: text('budget'),
    weeks: text('weeks'),
    sectors: data
      .getAll('sectors')
      .map(String)
      .filter((value): value is Sector => SECTORS.some((sector) => sector.value === value)),
  }
  const problems: Partial<Record<ProposalField, Localized>> = {}
  if (!form.title) problems.title = REQUIRED
  else if (form.title.length > PROPOSAL_LIMITS.title)
    problems.title = tooLong(PROPOSAL_LIMITS.title)
  if (!form.summary) problems.summary = REQUIRED
  else if (form.summary.length > PROPOSAL_LIMITS.summary)
    problems.summary = tooLong(PROPOSAL_LIMITS.summary)
  if (form.details.length > PROPOSAL_LIMITS.details)
    problems.details = tooLong(PROPOSAL_LIMITS.details)

  // As people type numbers: Arabic-Indic digits, thousands grouped ("١٬٥٠٠", "1,500").
  const budgetCents = form.budget ? parseAmount(form.budget) : null
  const typedWeeks = toLatinDigits(form.weeks)
  const weeks = /^\d{1,3}$/.test(typedWeeks) ? Number(typedWeeks) : null
  if (form.budget && budgetCents == null) problems.budget = WHOLE_NUMBER
  if (form.weeks && weeks == null) problems.weeks = WHOLE_NUMBER
  const size = checkProposalSize(
    { estimatedBudget: { amount: budgetCents }, estimatedDurationWeeks: weeks },
    limits,
  )
  if (!size.ok) {
    const field: ProposalField = size.code === 'proposal-budget-required' ? 'budget' : 'weeks'
    problems[field] ??= size.message
  }
  return { form, problems, budgetCents, weeks }
}
