import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { SCHEDULES } from '../../jobs/schedules'
import { digestAudienceField } from './components/digestAudienceField'
import { Digests } from './collections/Digests'
import { MailDeliveries } from './collections/MailDeliveries'
import { MAIL_QUEUE } from './deliveries'
import { unsubscribeEndpoints } from './endpoints/unsubscribe'
import { queueApplicationMail } from './hooks/queueApplicationMail'

export { APPLICATION_TO_JOIN } from './hooks/queueApplicationMail'
import { queueCommitteeFormedMail } from './hooks/queueCommitteeFormedMail'
import { queueHelpOfferMail } from './hooks/queueHelpOfferMail'
import { queueMeetingDigest } from './hooks/queueMeetingDigest'
import { queueVoteRecordedMail } from './hooks/queueVoteRecordedMail'
import { queueWelcomeMail } from './hooks/queueWelcomeMail'
import { queueReminders } from './jobs/queueReminders'
import { sendMail } from './jobs/sendMail'
import { createMailTransport } from './transport/mailTransport'

export interface MailOptions {
  /** Whether this process runs the mail queue every minute (false in the portal and scripts). */
  runQueue: boolean
}

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * The mail each collection's changes queue (after the collection's own hooks have run), and what
 * its admin screen says about the mail a save sends.
 */
const QUEUED_BY: Record<string, Pick<Hooks, 'afterChange'> & { fields?: Field[] }> = {
  committees: { afterChange: [queueCommitteeFormedMail] },
  'committee-interests': { afterChange: [queueHelpOfferMail] },
  meetings: { afterChange: [queueMeetingDigest], fields: [digestAudienceField] },
  members: { afterChange: [queueApplicationMail, queueWelcomeMail] },
  votes: { afterChange: [queueVoteRecordedMail] },
}

/**
 * Mail as one feature: the transport (SMTP, or .eml files in `.data/outbox/` without one), the
 * durable queue of deliveries and its sender, the digests, the reminders, one-click unsubscribe,
 * and the hooks by which other collections' changes queue their mail. Every notification goes
 * through the queue, so an SMTP server that says "later" is retried and a refusal is recorded;
 * only sign-in links and password resets are sent at once (a person is waiting at the form, a
 * link retried an hour later would be useless, and they can ask for another at once).
 */
export const mail =
  ({ runQueue }: MailOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    email: nodemailerAdapter({
      defaultFromAddress: process.env.MAIL_FROM ?? 'fazaa@localhost',
      defaultFromName: process.env.MAIL_FROM_NAME ?? 'الفزعة Fazaa',
      transport: createMailTransport(),
      skipVerify: true,
    }),
    collections: [
      ...(config.collections ?? []).map((collection): CollectionConfig => {
        const queued = QUEUED_BY[collection.slug]
        if (!queued) return collection
        return {
          ...collection,
          fields: [...collection.fields, ...(queued.fields ?? [])],
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), ...(queued.afterChange ?? [])],
          },
        }
      }),
      Digests,
      MailDeliveries,
    ],
    endpoints: [...(config.endpoints ?? []), ...unsubscribeEndpoints],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), queueReminders, sendMail],
      // Mail waits at most a minute: a digest or a reminder is news.
      autoRun: runQueue
        ? [
            ...((config.jobs?.autoRun as []) ?? []),
            { cron: SCHEDULES.mailQueue, queue: MAIL_QUEUE },
          ]
        : config.jobs?.autoRun,
    },
  })
