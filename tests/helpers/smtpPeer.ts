import fs from 'node:fs'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

import { freePort } from '../../scripts/lib/freePort'

const smtpError = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode })

/**
 * A real SMTP server for the tests: nodemailer talks SMTP to it, and every message it accepts is
 * written, as received, into `dir` (one .eml per message) for the tests to read; with `dir` null
 * it only counts (the benchmark's sink). It can also
 * misbehave as real servers do: refuse the next messages for a while (421, try later), refuse
 * the first message to some recipients (421, as a greylisting server does), and refuse some
 * recipients for good (550, no such mailbox).
 */
export const startSmtpPeer = async (
  dir: string | null,
  {
    refuseRecipient = () => false,
    busyOnceFor = () => false,
    delayMs = 0,
  }: {
    refuseRecipient?: (address: string) => boolean
    /** The first message to such an address is refused with 421; the next is taken. */
    busyOnceFor?: (address: string) => boolean
    /** How long the server takes over each message (a slow server, or one far away). */
    delayMs?: number
  } = {},
) => {
  if (dir) fs.mkdirSync(dir, { recursive: true })
  let received = 0
  let bytes = 0
  let busyFor = 0
  const greylisted = new Set<string>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 64,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (refuseRecipient(address.address)) return callback(smtpError(550, 'No such mailbox here'))
      callback()
    },
    onData(stream, session, callback) {
      const firstTime = session.envelope.rcptTo
        .map((rcpt) => rcpt.address)
        .filter((address) => busyOnceFor(address) && !greylisted.has(address))
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
        if (busyFor > 0) {
          busyFor -= 1
          return callback(smtpError(421, 'Too busy, try again later'))
        }
        if (firstTime.length > 0) {
          for (const address of firstTime) greylisted.add(address)
          return callback(smtpError(421, 'Greylisted, try again later'))
        }
        received += 1
        const message = Buffer.concat(chunks)
        bytes += message.length
        if (dir) {
          const name = `${Date.now()}-${String(received).padStart(5, '0')}.eml`
          fs.writeFileSync(path.join(dir, name), message)
        }
        callback()
      })
    },
  })
  // A client that dies mid-message (a sender killed on purpose) resets its connection: a real
  // server logs that and carries on.
  server.on('error', () => {})
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** The next `count` messages are refused with 421 (a server that is busy for a while). */
    refuseNext: (count: number) => {
      busyFor = count
    },
    received: () => received,
    bytes: () => bytes,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
