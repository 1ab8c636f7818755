import fs from 'node:fs'
import path from 'node:path'

import nodemailer, { type Transporter } from 'nodemailer'

import { dataDir } from '../../../lib/dataDir'

/**
 * Where mail goes: the SMTP server of `SMTP_URL` (or `SMTP_HOST`, `SMTP_PORT`, `SMTP_USER`,
 * `SMTP_PASS`, `SMTP_SECURE`) when set; otherwise every message is written as
 * an .eml file under `.data/outbox/`, so a newcomer sees what the platform sends without a server.
 */
export const createMailTransport = (): Transporter => {
  const { SMTP_URL, SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE } = process.env
  if (SMTP_URL) {
    // Pooled: a digest to every member reuses a few connections instead of one per message.
    const url = new URL(SMTP_URL)
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true')
    return nodemailer.createTransport(url.toString())
  }
  if (SMTP_HOST) {
    const port = Number(SMTP_PORT || 587)
    return nodemailer.createTransport({
      pool: true,
      host: SMTP_HOST,
      port,
      secure: SMTP_SECURE ? SMTP_SECURE === 'true' : port === 465,
      ...(SMTP_USER ? { auth: { user: SMTP_USER, pass: SMTP_PASS ?? '' } } : {}),
    })
  }
  const outbox = path.join(dataDir(), 'outbox')
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true })
  return nodemailer.createTransport({
    name: 'outbox',
    version: '1',
    send: (mail, callback) => {
      files.sendMail(mail.data, (error, info) => {
        if (error || !info) return callback(error ?? new Error('No message'), undefined as never)
        fs.mkdirSync(outbox, { recursive: true })
        const id = String(info.messageId).replace(/[^\w.@-]/g, '')
        fs.writeFileSync(path.join(outbox, `${Date.now()}-${id}.eml`), info.message as Buffer)
        callback(null, { envelope: info.envelope, messageId: info.messageId } as never)
      })
    },
  })
}
