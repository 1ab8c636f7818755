import { execFile, spawn } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startThrowawayDatabase, type ThrowawayDatabase } from '../../scripts/lib/throwawayDatabase'
import { readMailbox } from '../helpers/mailbox'
import { startSmtpPeer } from '../helpers/smtpPeer'
import { faultEnvironment, seedDemo } from '../helpers/faultEnvironment'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const sender = path.join(import.meta.dirname, 'support', 'sendDueMail.ts')

/**
 * The mail sender killed with SIGKILL in the middle of the month's digest (the demo marks this
 * month's Big Sunday held, which queues a digest for every member), then started again. Every
 * member's digest is delivered, and each member has exactly one digest: the only copies sent
 * twice are the few that were on the wire when the process died (the server had them, the
 * database did not yet know), and those carry the same Message-ID, so mail programs show one.
 */
let database: ThrowawayDatabase
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>
let work: string
let env: NodeJS.ProcessEnv

let folder: ReturnType<typeof faultEnvironment>

beforeAll(async () => {
  database = await startThrowawayDatabase('kill_digest')
  folder = faultEnvironment('kill-digest', database.url)
  work = folder.work
  // A slow server, so that the kill lands while messages are on their way.
  smtp = await startSmtpPeer(path.join(work, 'received'), { delayMs: 150 })
  env = { ...folder.env, SMTP_URL: smtp.url }
  await seedDemo(env)
}, 300_000)

afterAll(async () => {
  await smtp?.stop()
  await database?.stop()
  folder?.remove()
})

describe('the mail sender killed during a digest run', () => {
  it('delivers every member’s digest after a restart, one message per member', async () => {
    const db = new pg.Client(database.url)
    await db.connect()
    const { rows: queued } = await db.query<{ key: string }>(
      `SELECT key FROM mail_deliveries WHERE status = 'pending' ORDER BY key`,
    )
    expect(queued.length).toBeGreaterThan(20)

    const first = spawn(process.execPath, ['--import', 'tsx', sender], {
      cwd: root,
      env,
      stdio: 'ignore',
    })
    while (smtp.received() < 8) {
      if (first.exitCode !== null) throw new Error('the sender finished before it could be killed')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    first.kill('SIGKILL')
    await new Promise((resolve) => first.once('exit', resolve))
    const { rows: cut } = await db.query<{ sent: number; claimed: number }>(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(*) FILTER (WHERE status = 'sending')::int AS claimed
       FROM mail_deliveries`,
    )
    // Killed half-way: some sent, some still claimed by the dead process, the rest waiting.
    expect(cut[0]!.sent).toBeGreaterThan(0)
    expect(cut[0]!.sent).toBeLessThan(queued.length)

    // Started again after the claims went stale (15 minutes; the clock is moved, not waited).
    await run(process.execPath, ['--import', 'tsx', sender, '16'], {
      cwd: root,
      env,
      timeout: 120_000,
    })

    const { rows: after } = await db.query<{ key: string; status: string; message_id: string }>(
      `SELECT key, status, message_id FROM mail_deliveries ORDER BY key`,
    )
    await db.end()
    expect(after.filter((row) => row.status !== 'sent')).toEqual([])
    const mail = readMailbox(path.join(work, 'received'))
    const copies = new Map<string, number>()
    for (const message of mail) {
      const id = message.headers.get('message-id') ?? ''
      copies.set(id, (copies.get(id) ?? 0) + 1)
    }
    // Exactly one distinct message per delivery, each delivery's own Message-ID.
    expect([...copies.keys()].sort()).toEqual(after.map((row) => row.message_id).sort())
    const twice = [...copies.values()].filter((n) => n > 1)
    // At most the sender's four in-flight messages, and never more than twice.
    expect(twice.length).toBeLessThanOrEqual(4)
    expect(Math.max(...copies.values())).toBeLessThanOrEqual(2)
  })
})
