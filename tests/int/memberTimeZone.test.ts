import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe("a new member's time zone", () => {
  it('follows the country they live in unless they chose one, and stays put on later saves', async () => {
    const inSweden = await createMember(payload, { country: 'SE' })
    expect(inSweden.timeZone).toBe('Europe/Stockholm')
    const chose = await createMember(payload, { country: 'SE', timeZone: 'Europe/London' })
    expect(chose.timeZone).toBe('Europe/London')
    // Moving country later does not move the zone they read times in: that is theirs to change.
    const moved = await payload.update({
      collection: 'members',
      id: inSweden.id,
      data: { country: 'DE' },
      depth: 0,
    })
    expect(moved.timeZone).toBe('Europe/Stockholm')
  })
  it('refuses a zone no one knows, in the language of the request', async () => {
    const member = await createMember(payload)
    await expect(
      payload.update({
        collection: 'members',
        id: member.id,
        data: { timeZone: 'Mars/Olympus' },
        locale: 'ar',
        depth: 0,
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({ message: expect.stringContaining('منطقة زمنية غير معروفة') }),
        ],
      },
    })
  })
})
