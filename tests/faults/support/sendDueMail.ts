import { getPayload } from 'payload'

/**
 * The CMS's mail sender as its own process, so a test can kill it (SIGKILL) mid-run:
 * `sendDueMail.ts [minutes ahead]`. The optional clock offset lets a resumed run see claims as
 * old as they would be after the 15-minute wait, without waiting. Prints the run's report.
 */
process.env.FAZAA_JOBS = 'off'
const minutesAhead = Number(process.argv[2] ?? 0)
const { buildFazaaConfig } = await import('../../../cms/payload.config')
const { sendDueMail } = await import('../../../cms/plugins/mail/deliveries')
const payload = await getPayload({ config: buildFazaaConfig({ autoRunCron: false }) })
const report = await sendDueMail(payload, {
  concurrency: 4,
  now: () => new Date(Date.now() + minutesAhead * 60_000),
})
console.log(JSON.stringify(report))
process.exit(0)
