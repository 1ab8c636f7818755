import { getPayload } from 'payload'

import { startRestServer } from '../../tests/helpers/restServer'

/**
 * Payload's own REST API (the handler the admin's Next.js routes call) on its own process and a
 * free port, for the reference "what a team would use without a portal cache". Prints its base
 * URL once ready. Reads DATABASE_URL and PAYLOAD_SECRET from the environment.
 */
process.env.FAZAA_JOBS = 'off'
const { buildFazaaConfig } = await import('../../cms/payload.config')
const payload = await getPayload({ config: buildFazaaConfig({ autoRunCron: false }) })
const rest = await startRestServer(payload)
console.log(rest.base)
