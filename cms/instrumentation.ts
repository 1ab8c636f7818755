import { SCHEDULES } from './jobs/schedules'

/**
 * Next calls `register` once when the CMS server starts (`next start`, `next dev`, the Docker
 * image). Payload starts its job schedules only in a process that asks for them
 * (`getPayload({ cron: true })`); nothing in a Next server does by itself, so without this the
 * digest, the reminders and the committee dissolution stayed queued for ever on `npm start`.
 * Here the CMS process opens Payload with its schedules (SCHEDULES in cms/jobs) at start-up.
 * With FAZAA_JOBS=off the config has no schedules, and this only opens Payload early.
 *
 * Several CMS processes on one database each run the schedules; every task runs one at a time
 * across all of them (cms/jobs/oneAtATime.ts), so a second process shares the work and never
 * doubles it. A dedicated worker is one more CMS process that gets no traffic: FAZAA_JOBS unset
 * there, FAZAA_JOBS=off on the processes that serve people.
 */
export const register = async (): Promise<void> => {
  // Not in the edge runtime (no database there), and not while `next build` collects pages.
  if (
    process.env.NEXT_RUNTIME !== 'nodejs' ||
    process.env.NEXT_PHASE === 'phase-production-build'
  ) {
    return
  }
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  const payload = await getPayload({ config, cron: true })
  if (payload.crons.length > 0) {
    payload.logger.info(
      `Job schedules running in this process: ${JSON.stringify(SCHEDULES)} (cms/jobs/schedules.ts)`,
    )
  }
}
