import { getPayload } from 'payload'

/**
 * Another CMS process's job runner: opens Payload, prints `ready`, and on a line on its standard
 * input takes the due jobs of a queue (`argv[2]`, default `workflow`) and runs them, as the
 * schedules of a second CMS process would; then prints what ran and exits. The wait lets a test
 * start both processes' runs at the same moment. Reads DATABASE_URL and PAYLOAD_SECRET.
 */
const { buildFazaaConfig } = await import('../../cms/payload.config')
const payload = await getPayload({ config: buildFazaaConfig({ autoRunCron: false }) })
console.log('ready')
await new Promise((resolve) => process.stdin.once('data', resolve))
const result = await payload.jobs.run({ queue: process.argv[2] ?? 'workflow', limit: 1 })
console.log(JSON.stringify(result.jobStatus ?? {}))
process.exit(0)
