import fs from 'node:fs'
import path from 'node:path'

export interface ReceivedMail {
  receivedAt: number
  to: string
  subject: string
  /** The message with quoted-printable undone, so links and words can be searched. */
  text: string
}

/** Undoes quoted-printable (RFC 2045 §6.7): soft line breaks and =XX bytes. */
const decodeQuotedPrintable = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')

const header = (raw: string, name: string) =>
  raw.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1]?.trim() ?? ''

/** Every message the test SMTP peer has received, oldest first. */
export const readMailbox = (): ReceivedMail[] => {
  const dir = path.join(process.env.DATA_DIR!, 'smtp-received')
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .sort()
    .map((file) => {
      const raw = fs.readFileSync(path.join(dir, file), 'utf8')
      return {
        receivedAt: Number(file.split('-')[0]),
        to: header(raw, 'To'),
        subject: header(raw, 'Subject'),
        text: decodeQuotedPrintable(raw),
      }
    })
}

/** The first message to `address` received after `since`, waiting up to `ms` for it. */
export const waitForMail = async (
  address: string,
  since: number,
  ms = 10_000,
): Promise<ReceivedMail> => {
  const started = Date.now()
  for (;;) {
    const mail = readMailbox().find(
      (message) => message.to.includes(address) && message.receivedAt >= since,
    )
    if (mail) return mail
    if (Date.now() - started > ms) throw new Error(`No mail to ${address} within ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
