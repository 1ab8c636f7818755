import type { TaskConfig } from 'payload'
import * as clock from '@fazaa/shared/clock'
import { oneAtATime } from './oneAtATime'
import { SCHEDULES } from './schedules'

/**
 * Rule 7: no permanent committees. Every hour (SCHEDULES), committees past their end date are completed;
 * the committees' afterChange hook then makes their members veterans and plans the open meeting.
 */
export const completeExpiredCommittees: TaskConfig<'completeExpiredCommittees'> = {
  slug: 'completeExpiredCommittees',
  label: 'Complete committees past their end date',
  schedule: [{ cron: SCHEDULES.completeExpiredCommittees, queue: 'workflow' }],
  outputSchema: [{ name: 'completed', type: 'number', required: true }],
  handler: ({ req }) =>
    oneAtATime(req.payload, 'completeExpiredCommittees', async () => {
      const { docs } = await req.payload.update({
        collection: 'committees',
        where: {
          status: { not_equals: 'completed' },
          endDate: { less_than_equal: clock.now().toISOString() },
        },
        data: { status: 'completed' },
        req,
        context: { fazaaSystem: true },
      })
      return { output: { completed: docs.length } }
    }),
}
