import type { PayloadRequest, TaskConfig } from 'payload'

import { prepareDigest } from '../digest/prepareDigest'
import { MAIL_QUEUE, nextRetryAt, refreshDigestCounts, sendDueMail } from '../deliveries'
import { oneAtATime } from '../../../jobs/oneAtATime'

/**
 * Sends the queued email that is due (see `sendDueMail`), brings the digests' counts up to date,
 * and, while deliveries wait on a retry, queues itself again for when the next one is due.
 */
export const sendMail: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  label: 'Send queued email',
  inputSchema: [{ name: 'meeting', type: 'number' }],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'retrying', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
    { name: 'cancelled', type: 'number', required: true },
  ],
  handler: ({ input, req }) =>
    oneAtATime(req.payload, 'sendMail', () => sendQueuedMail(input.meeting ?? undefined, req)),
}

const sendQueuedMail = async (meeting: number | undefined, req: PayloadRequest) => {
  const { payload } = req
  if (meeting) await prepareDigest(payload, meeting)
  const report = await sendDueMail(payload)
  const { docs: digests } = await payload.find({
    collection: 'digests',
    where: { status: { not_equals: 'done' } },
    select: { meeting: true },
    pagination: false,
    depth: 0,
  })
  for (const digest of digests) await refreshDigestCounts(payload, Number(digest.meeting))
  const next = await nextRetryAt(payload)
  if (next) {
    await payload.jobs.queue({
      task: 'sendMail',
      input: {},
      queue: MAIL_QUEUE,
      waitUntil: next,
      req,
    })
  }
  return { output: report }
}
