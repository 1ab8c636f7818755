import type { CommitteeStatus } from '../domain/vocabulary'

/** Rule 7: a committee past its end date is due to be completed and dissolved. */
export const isCommitteeDueToComplete = (
  { status, endDate }: { status: CommitteeStatus; endDate: Date | string },
  now: Date,
): boolean => status !== 'completed' && new Date(endDate).getTime() <= now.getTime()
