import { sql } from '@payloadcms/db-postgres'
import nodemailer from 'nodemailer'

import type { Report } from './lib/report'
import { startSmtpPeer } from '../tests/helpers/smtpPeer'

/**
 * Issue 6's goal: render and deliver a meeting's digest to 5,000 members through the real path
 * (mail-deliveries claimed one by one, each rendered in the member's language and time zone, sent
 * over pooled SMTP, marked sent), beside nodemailer alone delivering 5,000 copies of one
 * pre-rendered message to the same local SMTP server. Runs Payload in this process against the
 * bench's database, with SMTP_URL pointing at a counting sink.
 */
export const benchDigests = async (options: {
  databaseUrl: string
  report: Report
  members?: number
}) => {
  const { databaseUrl, report, members = 5000 } = options
  const sink = await startSmtpPeer(null)
  process.env.DATABASE_URL = databaseUrl
  process.env.SMTP_URL = sink.url
  process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production'
  process.env.FAZAA_JOBS = 'off'
  const { buildFazaaConfig } = await import('../cms/payload.config')
  const { getPayload } = await import('payload')
  const { sqlHandle } = await import('../cms/lib/db')
  const { sendDueMail } = await import('../cms/plugins/mail/deliveries')
  const { renderDelivery } = await import('../cms/plugins/mail/templates/renderDelivery')
  const payload = await getPayload({
    config: buildFazaaConfig({ autoRunCron: false }),
    key: 'bench-digests',
  })
  const db = await sqlHandle(payload)
  try {
    // Only the bench's members get this digest: everyone else is opted out for the run.
    await db.execute(sql`UPDATE members SET digest_opt_in = false`)
    await db.execute(sql`
      WITH added AS (
        INSERT INTO members (email, role, status, locale, time_zone, digest_opt_in, joined_at)
        SELECT 'bench-' || n || '@bench.example', 'member', 'active',
               (CASE WHEN n % 3 = 0 THEN 'en' ELSE 'ar' END)::enum_members_locale,
               (ARRAY['Europe/Berlin', 'Europe/Stockholm', 'America/Toronto', 'Asia/Dubai'])[1 + n % 4],
               true, now() - interval '2 years'
        FROM generate_series(1, ${members}) AS n
        RETURNING id
      )
      INSERT INTO members_locales (name, _locale, _parent_id)
      SELECT 'Bench member ' || id, l::_locales, id FROM added, unnest(ARRAY['ar', 'en']) AS l
    `)
    const { rows } = await db.execute(sql`
      SELECT id FROM meetings WHERE kind = 'big-sunday' AND status = 'planned' ORDER BY starts_at LIMIT 1
    `)
    const meetingId = (rows[0] as { id: number }).id
    const queueStarted = performance.now()
    await payload.update({ collection: 'meetings', id: meetingId, data: { status: 'held' } })
    const queueMs = performance.now() - queueStarted

    const started = performance.now()
    const result = await sendDueMail(payload, { concurrency: 8 })
    const digestMs = performance.now() - started
    const delivered = sink.received()

    // The same server, nodemailer alone: one member's rendered digest, 5,000 times, 8 at a time.
    const { rows: one } = await db.execute(sql`
      SELECT key, kind, member_id, meeting_id, subject_id FROM mail_deliveries
      WHERE meeting_id = ${meetingId} LIMIT 1
    `)
    const message = (await renderDelivery(payload, one[0] as never, new Map()))!
    const transport = nodemailer.createTransport(`${sink.url}?pool=true`)
    const before = sink.received()
    const baselineStarted = performance.now()
    let next = 0
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < members) {
          next += 1
          await transport.sendMail({ from: 'bench@fazaa.example', ...message })
        }
      }),
    )
    const baselineMs = performance.now() - baselineStarted
    transport.close()

    report.add('digest_members', members)
    report.add(
      'digest_queue_ms',
      Math.round(queueMs),
      'ms (mark held: queue one delivery per member)',
    )
    report.add(
      'digest_render_deliver_ms',
      Math.round(digestMs),
      `ms (${result.sent} sent, ${delivered} received)`,
    )
    report.add('digest_per_second', Math.round((result.sent / digestMs) * 1000), 'digests/s')
    report.add(
      'nodemailer_prerendered_ms',
      Math.round(baselineMs),
      `ms (${sink.received() - before} received)`,
    )
    report.add(
      'digest_vs_prerendered_ratio',
      digestMs / baselineMs,
      'x the time of nodemailer alone',
    )
    // Issue 7 states the goal as throughput: at least 0.7 of nodemailer's alone.
    report.add('digest_throughput_ratio_to_reference', baselineMs / digestMs, '(target >= 0.7)')
    report.add(
      'digest_message_bytes',
      Math.round(sink.bytes() / sink.received()),
      'bytes per message',
    )
  } finally {
    await sink.stop()
    await payload.destroy?.()
  }
}
