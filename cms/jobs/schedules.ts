/**
 * When the CMS looks for work, in one place. In production: committees past their end are
 * completed hourly, reminders are queued hourly, the workflow queue is run every five minutes
 * and the mail queue every minute (a digest is news).
 *
 * `FAZAA_JOBS_EVERY_SECONDS=n` (1 to 59) makes every one of them fire every n seconds: for the
 * journeys that start the product as `npm start` does and must see a reminder or a dissolution
 * happen through the running schedules in seconds, not hours, and for a demo.
 */
const everySeconds = (): number | null => {
  const raw = process.env.FAZAA_JOBS_EVERY_SECONDS
  if (!raw) return null
  const seconds = Number(raw)
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 59) {
    throw new Error(`FAZAA_JOBS_EVERY_SECONDS must be a whole number from 1 to 59, not "${raw}"`)
  }
  return seconds
}

const cron = (production: string): string => {
  const seconds = everySeconds()
  return seconds ? `*/${seconds} * * * * *` : production
}

export const SCHEDULES = {
  completeExpiredCommittees: cron('0 * * * *'),
  queueReminders: cron('5 * * * *'),
  /** How often the runner takes due jobs from the workflow queue (the two above). */
  workflowQueue: cron('*/5 * * * *'),
  /** Voting rounds close on time to the minute. */
  closeVotingRounds: cron('* * * * *'),
  /** How often the runner takes due jobs from the rounds queue (the close above). */
  roundsQueue: cron('* * * * *'),
  /** How often the runner takes due jobs from the mail queue. */
  mailQueue: cron('* * * * *'),
}
