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
  /**
   * The share of active members a voting round needs to vote for its result to stand (a
   * third). A round may set its own share before it opens.
   */
  roundQuorumShare: number
  /** Days a round that missed its quorum stays open longer, once. */
  roundExtensionDays: number
}

export const DEFAULT_LIMITS: Readonly<RuleLimits> = Object.freeze({
  flyingCommitteeMaxMembers: 5,
  brainstormGroupMaxMembers: 10,
  committeeMaxMonths: 2,
  proposalMaxWeeks: 8,
  bigSundayIntroductions: 2,
  roundQuorumShare: 1 / 3,
  roundExtensionDays: 3,
})

/** Limits that are shares (0 to 1], not counts. */
const SHARES: readonly (keyof RuleLimits)[] = ['roundQuorumShare']

/** Fills what a configuration leaves out with the brief's numbers, and refuses nonsense. */
export const resolveLimits = (overrides: Partial<RuleLimits> = {}): RuleLimits => {
  const limits = { ...DEFAULT_LIMITS, ...overrides }
  for (const [name, value] of Object.entries(limits)) {
    if (SHARES.includes(name as keyof RuleLimits)) {
      if (!(value > 0 && value <= 1)) {
        throw new Error(`Rule limit "${name}" must be a share above 0 and at most 1, got ${value}`)
      }
    } else if (!Number.isInteger(value) || value < 1) {
      throw new Error(`Rule limit "${name}" must be a whole number of at least 1, got ${value}`)
    }
  }
  return limits
}

/**
 * How much one request may carry, on every endpoint of the CMS and the portal. No client of ours
 * comes near them; they stop one request from filling the server's memory or holding its one
 * thread for seconds (a sign-up with two million skills once took the whole stack down).
 */
export const REQUEST_LIMITS = Object.freeze({
  /** A JSON write to the REST or GraphQL API: a campaign's story is a few tens of kilobytes. */
  jsonBytes: 1024 * 1024,
  /** A photo of a receipt, or a cover image. */
  uploadBytes: 10 * 1024 * 1024,
  /** An upload's other fields and the multipart framing. */
  uploadOverheadBytes: 1024 * 1024,
  /** Items of any one list in a document (skills, members of a committee, paragraphs). */
  listItems: 500,
  /** Characters of any one text in a document. */
  textCharacters: 50_000,
})

/**
 * A member's profile: the portal's form says these before saving (maxlength, its own check) and
 * the CMS holds them on the fields (cms/collections/Members.ts), for REST and the admin too.
 */
export const PROFILE_LIMITS = Object.freeze({
  name: 80,
  city: 80,
  phone: 40,
  bio: 1000,
  /** Skills: items in the list, and characters in each. */
  items: 20,
  item: 40,
})

/**
 * A proposal's texts: the portal's form says these before sending, and the collection holds them
 * (cms/collections/Proposals), for REST and the admin too. The details become rich text.
 */
export const PROPOSAL_LIMITS = Object.freeze({ title: 120, summary: 500, details: 5000 })

/**
 * An expense line as the committee lead describes it: the portal's form stops at it, and the
 * collection holds it (cms/collections/Expenses) for the admin and REST too.
 */
export const EXPENSE_LIMITS = Object.freeze({ description: 300 })

/**
 * The largest amount one gift, expense or transfer may book, in minor units (1,000,000.00): far
 * above a small project's budget, so a typo of a few zeros is refused instead of booked. Held by
 * the money fields and by PostgreSQL (migration 20261202_010000_money_bounds).
 */
export const MONEY_MAX_MINOR_UNITS = 100_000_000
