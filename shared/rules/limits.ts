/**
 * The numbers of the fellowship's rules (DOMAIN.md, source 000). This is the only place they are
 * written; the CMS plugin takes overrides so another town can run with its own numbers.
 */
export interface RuleLimits {
  /** "no more than five people to form the committee", the lead included. */
  flyingCommitteeMaxMembers: number
  /** "a group not exceeding ten people". */
  brainstormGroupMaxMembers: number
  /** "a small project whose execution does not exceed two months", in calendar months. */
  committeeMaxMonths: number
  /** The longest project a proposal may put to the vote, in weeks. */
  proposalMaxWeeks: number
  /** "two members briefly introduce themselves" in each Big Sunday Meeting. */
  bigSundayIntroductions: number
}

export const DEFAULT_LIMITS: Readonly<RuleLimits> = Object.freeze({
  flyingCommitteeMaxMembers: 5,
  brainstormGroupMaxMembers: 10,
  committeeMaxMonths: 2,
  proposalMaxWeeks: 8,
  bigSundayIntroductions: 2,
})

/** Fills what a configuration leaves out with the brief's numbers, and refuses nonsense. */
export const resolveLimits = (overrides: Partial<RuleLimits> = {}): RuleLimits => {
  const limits = { ...DEFAULT_LIMITS, ...overrides }
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`Rule limit "${name}" must be a whole number of at least 1, got ${value}`)
    }
  }
  return limits
}
