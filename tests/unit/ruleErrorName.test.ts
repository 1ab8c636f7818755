import { describe, expect, it } from 'vitest'

import { fail } from '@fazaa/shared/rules/result'
import { RuleError } from '../../cms/lib/ruleError'
import config from '../../cms/payload.config'

describe('a refusal is logged as a refusal, not a server error', () => {
  it('keeps its name whatever the build does to class names, and that name is logged at info', async () => {
    // The production build renames classes; simulate it on a subclass of our own.
    const Minified = class a extends RuleError {}
    const error = new Minified(fail('vote-closed', { closesAt: '2026-12-06T16:00:00.000Z' }))
    expect(error.name).toBe('RuleError')
    const { loggingLevels } = await config
    expect((loggingLevels as Record<string, string>)[error.name]).toBe('info')
  })
})
