import type { Proposal } from '@fazaa/cms/types'

import type { ProposalForm } from './readProposalForm'

interface LexicalNode {
  text?: string
  children?: LexicalNode[]
}

/** The text of rich text, a paragraph per block: what the member typed, back in the form. */
const plainParagraphs = (value: Proposal['body']): string =>
  ((value?.root?.children ?? []) as LexicalNode[])
    .map((block) => (block.children ?? []).map((node) => node.text ?? '').join(''))
    .join('\n\n')

/** A stored proposal as the edit form shows it (the budget back in whole euros). */
export const proposalFormOf = (proposal: Proposal): ProposalForm => ({
  title: proposal.title ?? '',
  summary: proposal.summary ?? '',
  details: plainParagraphs(proposal.body),
  budget: proposal.estimatedBudget?.amount ? String(proposal.estimatedBudget.amount / 100) : '',
  weeks: proposal.estimatedDurationWeeks ? String(proposal.estimatedDurationWeeks) : '',
  sectors: proposal.sectors ?? [],
})
