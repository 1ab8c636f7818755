import type { TaskConfig } from 'payload'

/**
 * Rule 7: no permanent committees. Every hour, committees past their end date are completed;
 * the committees' afterChange hook then makes their members veterans and plans the open meeting.
 */
export const completeExpiredCommittees: TaskConfig<'completeExpiredCommittees'> = {
  slug: 'completeExpiredCommittees',
  label: 'Complete committees past their end date',
  schedule: [{ cron: '0 * * * *', queue: 'workflow' }],
  outputSchema: [{ name: 'completed', type: 'number', required: true }],
  handler: async ({ req }) => {
    const { docs } = await req.payload.update({
      collection: 'committees',
      where: {
        status: { not_equals: 'completed' },
        endDate: { less_than_equal: new Date().toISOString() },
      },
      data: { status: 'completed' },
      req,
      context: { fazaaSystem: true },
    })
    return { output: { completed: docs.length } }
  },
}
