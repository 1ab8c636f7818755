import fs from 'node:fs'
import path from 'node:path'

export interface ReceivedMail {
  receivedAt: number
  to: string
  subject: string
  /** Header lines, unfolded, by lower-case name. */
  headers: Map<string, string>
  /** The message with every part decoded (quoted-printable, base64), so links and words can be searched. */
  text: string
  /** The decoded leaf parts: text/plain, text/html. */
  parts: { contentType: string; body: string }[]
}

/** Undoes quoted-printable (RFC 2045 §6.7): soft line breaks and =XX bytes. */
const decodeQuotedPrintable = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')

/** Undoes RFC 2047 encoded words in a header (=?UTF-8?B?...?= and =?UTF-8?Q?...?=). */
const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )

const parseHeaders = (block: string) => {
  const headers = new Map<string, string>()
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return headers
}

/** A MIME entity's decoded leaf parts, multipart bodies walked recursively. */
const partsOf = (raw: string): { contentType: string; body: string }[] => {
  const split = raw.search(/\r?\n\r?\n/)
  const headers = parseHeaders(split < 0 ? raw : raw.slice(0, split))
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '')
  const contentType = headers.get('content-type') ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1]
  if (/^multipart\//i.test(contentType) && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => partsOf(part.replace(/^\r?\n/, '')))
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase()
  const decoded =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body
  return [{ contentType: contentType.split(';')[0]!.toLowerCase(), body: decoded }]
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
      const split = raw.search(/\r?\n\r?\n/)
      const headers = parseHeaders(raw.slice(0, split))
      const parts = partsOf(raw)
      return {
        receivedAt: Number(file.split('-')[0]),
        to: headers.get('to') ?? '',
        subject: decodeWords(headers.get('subject') ?? ''),
        headers,
        parts,
        text: [decodeQuotedPrintable(raw), ...parts.map((part) => part.body)].join('\n'),
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
