import type { Config, SanitizedConfig } from 'payload'

import { resolveLimits, type RuleLimits } from '@fazaa/shared/rules/limits'

/** Where a configured Payload carries the fellowship's numbers (`config.custom`). */
export const LIMITS_KEY = 'fazaaLimits'

/**
 * The limits a configured Payload runs with: the hooks read them at run time (so a town's own
 * numbers reach every rule), and the portal reads them to explain a limit before a user meets it.
 * A configuration built without them has the brief's numbers.
 */
export const limitsOf = (config: Pick<Config | SanitizedConfig, 'custom'>): RuleLimits =>
  (config.custom?.[LIMITS_KEY] as RuleLimits | undefined) ?? resolveLimits()
