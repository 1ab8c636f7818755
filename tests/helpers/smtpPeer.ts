import fs from 'node:fs'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

import { freePort } from '../../scripts/lib/freePort'

/**
 * A real SMTP server for the tests: nodemailer talks SMTP to it, and every message it accepts is
 * written, as received, into `dir` (one .eml per message) for the tests to read.
 */
export const startSmtpPeer = async (dir: string) => {
  fs.mkdirSync(dir, { recursive: true })
  let received = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received += 1
        const name = `${Date.now()}-${String(received).padStart(5, '0')}.eml`
        fs.writeFileSync(path.join(dir, name), Buffer.concat(chunks))
        callback()
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
