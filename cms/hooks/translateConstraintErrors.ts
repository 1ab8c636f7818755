import type { AfterErrorHook } from 'payload'

import { fail, type RuleViolation } from '@fazaa/shared/rules/result'
import type { RuleCode, RuleParams } from '@fazaa/shared/i18n/ruleMessages'
import { ruleErrorResponse } from '../lib/ruleError'

/**
 * When two requests race past the hooks, the database has the last word (unique indexes, the
 * committee seat trigger, the expense check). Its refusal reaches the person as the rule's own
 * message with HTTP 400 instead of "Something went wrong".
 */
const CONSTRAINTS: Record<string, RuleCode> = {
  proposal_member_idx: 'vote-duplicate',
  fazaa_committee_seat_limit: 'committee-size',
  campaigns_one_fundraising_idx: 'campaign-fundraising-taken',
  campaigns_month_idx: 'campaign-month-taken',
  meetings_one_big_sunday_a_month_idx: 'meeting-big-sunday-month-taken',
  expenses_not_self_approved: 'expense-self-approval',
  expenses_rejection_has_reason: 'expense-rejection-reason',
  donations_stripe_session_id_idx: 'donation-session-duplicate',
  donations_campaign_id_campaigns_id_fk: 'campaign-has-money',
  expenses_campaign_id_campaigns_id_fk: 'campaign-has-money',
  transfers_campaign_id_campaigns_id_fk: 'campaign-has-money',
  donations_amount_minor_units: 'money-amount',
  expenses_amount_minor_units: 'money-amount',
  donations_amount_at_most: 'money-amount-too-large',
  expenses_amount_at_most: 'money-amount-too-large',
  transfers_amount_sent_at_most: 'money-amount-too-large',
}

/** Every text an error carries, down its cause chain: Payload wraps the driver's error. */
const textsOf = (error: unknown, depth = 0): string[] => {
  if (!error || typeof error !== 'object' || depth > 5) return []
  const { message, constraint, detail, cause, data } = error as Record<string, unknown>
  const own = [message, constraint, detail].filter(
    (text): text is string => typeof text === 'string',
  )
  const nested = Array.isArray((data as { errors?: unknown[] })?.errors)
    ? (data as { errors: { message?: string; path?: string }[] }).errors.flatMap((e) => [
        e.message ?? '',
        e.path ?? '',
      ])
    : []
  return [...own, ...nested, ...textsOf(cause, depth + 1)]
}

/**
 * The numbers the database gave: our trigger raises "limit=5 count=6 kind=flying", PostgreSQL's
 * unique violation says "Key (month)=(2026-07) already exists".
 */
const paramsOf = (texts: string): RuleParams => {
  const params: RuleParams = {}
  for (const [, key, value] of texts.matchAll(/(\w+)=([\w-]+)/g)) params[key!] = value!
  for (const [, key, value] of texts.matchAll(/Key \((\w+)\)=\(([^)]*)\)/g)) params[key!] = value!
  return params
}

export const violationOfConstraint = (error: unknown): RuleViolation | null => {
  const texts = textsOf(error).join(' ')
  const hit = Object.entries(CONSTRAINTS).find(([constraint]) => texts.includes(constraint))
  return hit ? fail(hit[1], paramsOf(texts)) : null
}

export const translateConstraintErrors: AfterErrorHook = ({ error, req }) => {
  const violation = violationOfConstraint(error)
  if (!violation) return
  return ruleErrorResponse(violation, req)
}
