import type { CampaignStatus } from '../domain/vocabulary'
import { fail, ok, type RuleResult } from './result'

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** A campaign's month is written YYYY-MM. */
export const checkCampaignMonth = (month: unknown): RuleResult =>
  typeof month === 'string' && MONTH.test(month) ? ok() : fail('campaign-month-format')

/** The campaign lifecycle: draft → fundraising → executing → reporting → closed. */
const NEXT: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ['fundraising'],
  fundraising: ['executing', 'draft'],
  executing: ['reporting'],
  reporting: ['closed', 'executing'],
  closed: ['reporting'],
}

/**
 * Rule 6: the campaign moves along its lifecycle, only one campaign fundraises at a time, and a
 * campaign closes only with its report written.
 */
export const checkCampaignTransition = ({
  from,
  to,
  hasReport,
  otherFundraisingTitle,
}: {
  from: CampaignStatus | null
  to: CampaignStatus
  hasReport: boolean
  /** The title of another campaign already fundraising, if there is one. */
  otherFundraisingTitle?: string | null
}): RuleResult => {
  if (from !== null && from !== to && !NEXT[from].includes(to)) {
    return fail('campaign-transition', { from, to })
  }
  if (to === 'fundraising' && otherFundraisingTitle) {
    return fail('campaign-fundraising-taken', { title: otherFundraisingTitle })
  }
  if (to === 'closed' && from !== 'closed' && !hasReport) return fail('campaign-report-required')
  return ok()
}

/** Share of the goal raised, 0-100, for progress bars; never above 100 for the bar itself. */
export const progressPercent = (raised: number, goal: number): number =>
  goal > 0 ? Math.min(100, Math.floor((raised / goal) * 100)) : 0
