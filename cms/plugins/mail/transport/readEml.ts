/**
 * Reading an email as it was sent (.eml): headers unfolded, encoded words and parts decoded. For
 * the local outbox page and the tests; the platform never parses mail it receives.
 */

export interface ParsedEmail {
  /** Header lines, unfolded, by lower-case name. */
  headers: Map<string, string>
  to: string
  subject: string
  /** The decoded leaf parts: text/plain, text/html. */
  parts: { contentType: string; body: string }[]
}

/** Undoes quoted-printable (RFC 2045 §6.7): soft line breaks and =XX bytes. */
export const decodeQuotedPrintable = (raw: string) =>
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

/** An .eml file's headers and decoded parts. */
export const parseEml = (raw: string): ParsedEmail => {
  const split = raw.search(/\r?\n\r?\n/)
  const headers = parseHeaders(raw.slice(0, split < 0 ? raw.length : split))
  return {
    headers,
    to: headers.get('to') ?? '',
    subject: decodeWords(headers.get('subject') ?? ''),
    parts: partsOf(raw),
  }
}
