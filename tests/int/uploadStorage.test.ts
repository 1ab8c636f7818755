import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tableFingerprint } from '../helpers/databaseFingerprint'
import { createMember } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/**
 * The uploads folder unable to take a file (here: not a folder at all, which fails the write as
 * a full or read-only disk does; the tests run as root, for whom permissions do not apply).
 */
let payload: Payload
let rest: Awaited<ReturnType<typeof startRestServer>>
let db: pg.Client
let token: string
const mediaDir = () => path.join(process.env.DATA_DIR!, 'media')

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  rest = await startRestServer(payload)
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  const admin = await createMember(payload, { role: 'admin', email: 'storage-admin@example.org' })
  token = await rest.login(admin.email)
})

afterAll(async () => {
  await rest?.close()
  await db?.end()
})

const upload = async () => {
  const image = await sharp({
    create: { width: 30, height: 30, channels: 3, background: '#1f7a4d' },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'receipt.png')
  form.append('_payload', JSON.stringify({ alt: 'Receipt' }))
  const response = await fetch(`${rest.base}/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'accept-language': 'en' },
    body: form,
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

describe('an upload when the disk cannot take it', () => {
  it('answers 503 with what happened, stores no record, and works again once the folder is back', async () => {
    fs.mkdirSync(mediaDir(), { recursive: true })
    const aside = `${mediaDir()}-aside`
    fs.renameSync(mediaDir(), aside)
    fs.writeFileSync(mediaDir(), 'not a folder')
    const before = await tableFingerprint(db, 'media')
    try {
      const { status, json } = await upload()
      expect(status).toBe(503)
      const [error] = json.errors as { message: string; data: { rule: string } }[]
      expect(error!.message).toContain('cannot store files right now')
      expect(error!.data.rule).toBe('upload-storage-unavailable')
      expect(await tableFingerprint(db, 'media')).toEqual(before)
    } finally {
      fs.rmSync(mediaDir())
      fs.renameSync(aside, mediaDir())
    }
    const again = await upload()
    expect(again.status).toBe(201)
    const doc = again.json.doc as { filename: string }
    expect(fs.existsSync(path.join(mediaDir(), doc.filename))).toBe(true)
  })
})
