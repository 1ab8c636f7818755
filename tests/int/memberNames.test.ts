import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await resetDatabase(payload)
})

describe("a member's display name", () => {
  it('carries over to the other language when a save leaves it out', async () => {
    // Someone who joined in English: no Arabic name was ever written.
    const member = await payload.create({
      collection: 'members',
      locale: 'en',
      data: {
        email: `joined-in-english-${Date.now()}@example.org`,
        password: 'test-password-1',
        name: 'Nour Haddad',
        role: 'member',
        status: 'active',
        locale: 'en',
      },
    })
    // A change in the default language (Arabic) that is not about the name: their calendar
    // token, as the portal's meetings page makes it.
    await payload.update({
      collection: 'members',
      id: member.id,
      data: { calendarToken: 'a-token-of-twenty-four-chars' },
      depth: 0,
      overrideAccess: true,
    })
    const stored = await payload.findByID({
      collection: 'members',
      id: member.id,
      locale: 'all',
      depth: 0,
    })
    expect(stored.name).toEqual({ en: 'Nour Haddad', ar: 'Nour Haddad' })
    expect(stored.calendarToken).toBe('a-token-of-twenty-four-chars')
  })

  it('is still required: a name cleared on purpose is refused', async () => {
    const member = await createMember(payload)
    await expect(
      payload.update({ collection: 'members', id: member.id, data: { name: '' }, depth: 0 }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'name' })] } })
  })
})
