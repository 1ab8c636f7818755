import type { Localized } from '../i18n/locales'
import { RULE_MESSAGES, type RuleCode, type RuleParams } from '../i18n/ruleMessages'

/** What every rule returns: either fine, or which rule was broken and how to say so. */
export type RuleResult = { ok: true } | RuleViolation

export interface RuleViolation {
  ok: false
  code: RuleCode
  params: RuleParams
  /** The rule's own explanation, in every locale, ready to show a person. */
  message: Localized
}

export const ok = (): RuleResult => ({ ok: true })

export const fail = (code: RuleCode, params: RuleParams = {}): RuleViolation => ({
  ok: false,
  code,
  params,
  message: { ar: RULE_MESSAGES[code].ar(params), en: RULE_MESSAGES[code].en(params) },
})

/** Returns the first broken rule of several checks, or ok. */
export const firstViolation = (...results: RuleResult[]): RuleResult =>
  results.find((result) => !result.ok) ?? ok()
