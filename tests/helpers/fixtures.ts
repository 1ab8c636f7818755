import type { Payload } from 'payload'

import type { Member } from '../../cms/payload-types'

let counter = 0

/** A member with sensible defaults; `veteran` is set directly, as only the platform may. */
export const createMember = async (
  payload: Payload,
  overrides: Partial<Member> = {},
): Promise<Member> => {
  counter += 1
  return payload.create({
    collection: 'members',
    data: {
      email: `member${counter}-${Date.now()}@example.org`,
      password: 'test-password-1',
      name: `Member ${counter}`,
      role: 'member',
      status: 'active',
      joinedAt: new Date(Date.UTC(2024, 0, counter)).toISOString(),
      ...overrides,
    },
  })
}

/** A Payload `user` for Local API calls with overrideAccess: false. */
export const asUser = (member: Member) => ({ ...member, collection: 'members' as const })

export const daysFromNow = (days: number): string =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString()

/** Asserts a promise rejects with a rule error, and returns it for more checks. */
export const ruleError = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return error as Error & { status?: number; data?: { rule?: string } }
  }
  throw new Error('Expected the write to be refused, but it succeeded')
}

/** A small receipt image uploaded to the media collection, as a lead or an admin would. */
export const uploadReceipt = async (payload: Payload, name = 'receipt.png') => {
  const { default: sharp } = await import('sharp')
  const data = await sharp({
    create: { width: 40, height: 60, channels: 3, background: '#f4f1ea' },
  })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: 'Receipt' },
    file: { data, mimetype: 'image/png', name, size: data.length },
  })
}
