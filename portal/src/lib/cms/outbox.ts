import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { dataDir } from '@fazaa/cms/lib/dataDir'
import { parseEml, type ParsedEmail } from '@fazaa/cms/plugins/mail/transport/readEml'

export interface OutboxMessage extends ParsedEmail {
  file: string
  writtenAt: Date
}

/**
 * The newest emails the platform wrote to `.data/outbox/` (no `SMTP_URL` set), for the local
 * development page: a newcomer sees digests and sign-in links without a mail server.
 */
export const readOutbox = async (limit = 50): Promise<OutboxMessage[]> => {
  const dir = path.join(dataDir(), 'outbox')
  const files = await readdir(dir).catch(() => [] as string[])
  const newest = files
    .filter((file) => file.endsWith('.eml'))
    .sort()
    .reverse()
    .slice(0, limit)
  return Promise.all(
    newest.map(async (file) => ({
      ...parseEml(await readFile(path.join(dir, file), 'utf8')),
      file,
      writtenAt: new Date(Number(file.split('-')[0])),
    })),
  )
}
