import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

describe('the job schedules', () => {
  it('are the production ones by default', async () => {
    const { SCHEDULES } = await import('../../cms/jobs/schedules')
    expect(SCHEDULES).toEqual({
      completeExpiredCommittees: '0 * * * *',
      queueReminders: '5 * * * *',
      workflowQueue: '*/5 * * * *',
      // A round closes on time to the minute.
      closeVotingRounds: '* * * * *',
      roundsQueue: '* * * * *',
      mailQueue: '* * * * *',
    })
  })

  it('all fire every n seconds with FAZAA_JOBS_EVERY_SECONDS, and refuse a value out of range', async () => {
    vi.stubEnv('FAZAA_JOBS_EVERY_SECONDS', '2')
    const { SCHEDULES } = await import('../../cms/jobs/schedules')
    expect(new Set(Object.values(SCHEDULES))).toEqual(new Set(['*/2 * * * * *']))
    for (const wrong of ['0', '60', '1.5', 'often']) {
      vi.resetModules()
      vi.stubEnv('FAZAA_JOBS_EVERY_SECONDS', wrong)
      await expect(import('../../cms/jobs/schedules')).rejects.toThrow(
        `FAZAA_JOBS_EVERY_SECONDS must be a whole number from 1 to 59, not "${wrong}"`,
      )
    }
  })
})
