import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { DEFAULT_LOCALE } from '@fazaa/shared/i18n/locales'
import { Campaigns } from './collections/Campaigns'
import { CommitteeInterests } from './collections/CommitteeInterests'
import { Committees } from './collections/Committees'
import { Donations } from './collections/Donations'
import { Expenses } from './collections/Expenses'
import { Guests } from './collections/Guests'
import { Media } from './collections/Media'
import { MeetingRsvps } from './collections/MeetingRsvps'
import { Meetings } from './collections/Meetings'
import { Members } from './collections/Members'
import { Partners } from './collections/Partners'
import { Proposals } from './collections/Proposals'
import { SignInLinks } from './collections/SignInLinks'
import { StripeEvents } from './collections/StripeEvents'
import { Transfers } from './collections/Transfers'
import { Votes } from './collections/Votes'
import { moneyExport } from './endpoints/moneyExport'
import { stripeWebhook } from './endpoints/stripeWebhook'
import { About } from './globals/About'
import { ADMIN_ARABIC } from './i18n/adminArabic'
import { Giving } from './globals/Giving'
import { boundedPool, limitTransactions } from './lib/databaseBounds'
import { documentLocksForAdmins } from './lib/documentLocksForAdmins'
import { keepPoolThroughRestarts } from './lib/keepPoolThroughRestarts'
import { fazaaWorkflow, type FazaaWorkflowOptions } from './plugins/fazaaWorkflow'
import { dayBeforeMonth } from './plugins/dayBeforeMonth'
import { adminHome } from './plugins/adminHome'
import { deliberation } from './plugins/deliberation'
import { mail } from './plugins/mail'
import { throttle } from './plugins/throttle'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The whole CMS, assembled. A function so that a test (or another town) can build it with other
 * workflow options; the default export below is what the admin, the portal and the CLI load.
 */
export const buildFazaaConfig = (workflow: FazaaWorkflowOptions = {}) =>
  buildConfig({
    serverURL: process.env.CMS_PUBLIC_URL ?? '',
    admin: {
      user: Members.slug,
      // The default avatar is an external image; this platform loads nothing from elsewhere.
      avatar: 'default',
      // Day before month, as Arabic and British readers write dates («2 ديسمبر 2026 16:02»),
      // not Payload's American "December 2nd 2026".
      dateFormat: 'd MMMM yyyy HH:mm',
      importMap: { baseDir: dirname },
      meta: { titleSuffix: ' · الفزعة Fazaa' },
    },
    collections: [
      Campaigns,
      Donations,
      Expenses,
      Transfers,
      StripeEvents,
      Proposals,
      Votes,
      Committees,
      CommitteeInterests,
      Meetings,
      MeetingRsvps,
      Guests,
      Partners,
      Members,
      Media,
      SignInLinks,
    ],
    globals: [About, Giving],
    endpoints: [stripeWebhook, moneyExport],
    localization: {
      locales: [
        // A text written in one language is read in the other until someone translates it:
        // a proposal sent from the English portal still has a title for Arabic readers.
        { code: 'ar', label: 'العربية', rtl: true, fallbackLocale: 'en' },
        { code: 'en', label: 'English', fallbackLocale: 'ar' },
      ],
      defaultLocale: DEFAULT_LOCALE,
      fallback: true,
    },
    i18n: {
      supportedLanguages: { ar, en },
      fallbackLanguage: DEFAULT_LOCALE,
      translations: ADMIN_ARABIC,
    },
    editor: lexicalEditor(),
    secret: process.env.PAYLOAD_SECRET ?? '',
    db: postgresAdapter({
      pool: boundedPool(process.env.DATABASE_URL),
      // The schema changes only through committed migrations, in development too: pushing and
      // migrating the same database makes `payload migrate` stop and ask.
      push: false,
      migrationDir: path.resolve(dirname, 'migrations'),
    }),
    sharp,
    telemetry: false,
    // A broken rule is the person's mistake, not the server's: log it quietly.
    // (RuleError is ours; Payload's type lists only its own error names.)
    loggingLevels: { RuleError: 'info', ValidationError: 'info', Forbidden: 'info' } as Record<
      string,
      'info'
    >,
    logger: { options: { level: process.env.LOG_LEVEL ?? 'info' } },
    onInit: (payload) => {
      keepPoolThroughRestarts(payload)
      limitTransactions(payload)
      documentLocksForAdmins(payload)
    },
    // The features first: their collections then get the workflow's hooks and bounds like the rest.
    plugins: [
      adminHome(),
      throttle(),
      mail({ runQueue: workflow.autoRunCron !== false }),
      // After mail: its task then comes last in the tasks' database enum.
      deliberation({ runQueue: workflow.autoRunCron !== false }),
      fazaaWorkflow(workflow),
      // Last: it reaches the date fields every other plugin added too.
      dayBeforeMonth(),
    ],
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  })

/** Another town's numbers, e.g. FAZAA_LIMITS='{"flyingCommitteeMaxMembers":7}'. */
const limitsFromEnvironment = (): FazaaWorkflowOptions['limits'] =>
  process.env.FAZAA_LIMITS
    ? (JSON.parse(process.env.FAZAA_LIMITS) as FazaaWorkflowOptions['limits'])
    : {}

export default buildFazaaConfig({
  limits: limitsFromEnvironment(),
  autoRunCron: process.env.FAZAA_JOBS === 'off' ? false : undefined,
})
