import { fail, ok, type RuleResult } from './result'

/**
 * Rule 3, "like an oil stain": a committee of two or more mixes at least one veteran (served on
 * an earlier, completed committee) and one newcomer, whenever the fellowship has both to offer.
 */
export const checkCommitteeMix = ({
  memberIsVeteran,
  fellowshipHasVeterans,
  fellowshipHasNewcomers,
}: {
  memberIsVeteran: readonly boolean[]
  fellowshipHasVeterans: boolean
  fellowshipHasNewcomers: boolean
}): RuleResult => {
  if (memberIsVeteran.length < 2) return ok()
  if (!(fellowshipHasVeterans && fellowshipHasNewcomers)) return ok()
  if (!memberIsVeteran.some(Boolean)) return fail('committee-mix-veteran-missing')
  if (memberIsVeteran.every(Boolean)) return fail('committee-mix-newcomer-missing')
  return ok()
}
