import { getPayload } from 'payload'

import { startRestServer } from './restServer'

/**
 * Payload's own REST API (the handler the admin's Next.js routes call, webhook included) as its
 * own process on a free port: for a test that kills it, and for the bench's REST reference.
 * Prints its base URL once ready. Reads DATABASE_URL, PAYLOAD_SECRET and the Stripe settings from
 * the environment. Started by `startRestServerProcess` (restServerChild.ts).
 */
process.env.FAZAA_JOBS = 'off'
const { buildFazaaConfig } = await import('../../cms/payload.config')
const payload = await getPayload({ config: buildFazaaConfig({ autoRunCron: false }) })
const rest = await startRestServer(payload)
console.log(rest.base)
