import { fail, ok, type RuleResult } from './result'

/**
 * Only active members take a seat on a committee: not an applicant (not yet admitted), nor a
 * member whose membership is paused or has ended. Checked for the members a change adds, so a
 * seated member whose membership is paused later does not block the committee's other edits.
 */
export const checkNewSeatsActive = (
  added: readonly { name: string; status: string }[],
): RuleResult => {
  const inactive = added.find((member) => member.status !== 'active')
  return inactive ? fail('committee-member-not-active', { name: inactive.name }) : ok()
}

/**
 * Help is offered to a committee still at work (forming, or active and short of hands); a
 * completed committee is dissolved and takes nobody.
 */
export const checkHelpOffer = (committeeStatus: string | null | undefined): RuleResult =>
  committeeStatus === 'completed' ? fail('committee-help-closed') : ok()
