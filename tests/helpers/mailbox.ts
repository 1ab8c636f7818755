import fs from 'node:fs'
import path from 'node:path'

import {
  decodeQuotedPrintable,
  parseEml,
  type ParsedEmail,
} from '../../cms/plugins/mail/transport/readEml'

export interface ReceivedMail extends ParsedEmail {
  receivedAt: number
  /** The message with every part decoded (quoted-printable, base64), so links and words can be searched. */
  text: string
}

/** Every message the test SMTP peer has received in `dir`, oldest first. */
export const readMailbox = (
  dir = path.join(process.env.DATA_DIR!, 'smtp-received'),
): ReceivedMail[] => {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .sort()
    .map((file) => {
      const raw = fs.readFileSync(path.join(dir, file), 'utf8')
      const email = parseEml(raw)
      return {
        ...email,
        receivedAt: Number(file.split('-')[0]),
        text: [decodeQuotedPrintable(raw), ...email.parts.map((part) => part.body)].join('\n'),
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
