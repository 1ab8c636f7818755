import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

const RLO = '\u202E'
const PDF = '\u202C'

let payload: Payload
let rest: Awaited<ReturnType<typeof startRestServer>>

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
  rest = await startRestServer(payload)
})

afterAll(() => rest.close())

describe('direction controls in what people type', () => {
  it('are stored balanced, whichever way the text comes in, so they turn nothing shown after it', async () => {
    const admin = await createMember(payload, { role: 'admin' })
    const adminToken = await rest.login(admin.email)
    const guest = await rest.request('POST', '/guests', {
      token: adminToken,
      body: { name: `Dr. Evil${RLO}`, role: 'Guest' },
    })
    expect(guest.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'guests',
      id: (guest.json.doc as { id: number }).id,
    })
    expect(stored.name).toBe(`Dr. Evil${RLO}${PDF}`)

    const member = await createMember(payload)
    const token = await rest.login(member.email)
    const saved = await rest.request('PATCH', `/members/${member.id}`, {
      token,
      body: { bio: `${RLO}oib`, skills: [`water${RLO}`, 'wiring'] },
    })
    expect(saved.status).toBe(200)
    const profile = await payload.findByID({ collection: 'members', id: member.id })
    expect([profile.bio, profile.skills]).toEqual([
      `${RLO}oib${PDF}`,
      [`water${RLO}${PDF}`, 'wiring'],
    ])
  })
})
