import { describe, expect, it } from 'vitest'

import { validateApplication } from '../../portal/src/features/join/validateApplication'

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v)
  }
  return data
}

describe('validateApplication', () => {
  it('accepts a complete application, trimmed, with the email lower-cased', () => {
    const { values, problems } = validateApplication(
      form({
        name: ' Rami ',
        email: 'Rami@Example.org ',
        country: 'se',
        sectors: ['health', 'it'],
        why: 'To help',
      }),
    )
    expect(problems).toEqual({})
    expect(values).toEqual({
      name: 'Rami',
      email: 'rami@example.org',
      country: 'SE',
      sectors: ['health', 'it'],
      why: 'To help',
    })
  })

  it('names each problem and keeps what was typed', () => {
    const { values, problems } = validateApplication(
      form({
        name: '',
        email: 'not-an-email',
        country: '',
        sectors: ['health', 'astrology'],
        why: 'x'.repeat(2001),
      }),
    )
    expect(problems).toEqual({
      name: 'required',
      email: 'email',
      country: 'required',
      sectors: 'unknown-sector',
      why: 'too-long',
    })
    expect(values.email).toBe('not-an-email')
    expect(values.sectors).toEqual(['health'])
  })

  it('takes a country only from the list, as its code, and says so otherwise', () => {
    const { values, problems } = validateApplication(
      form({ name: 'Rami', email: 'rami@example.org', country: 'Sweden' }),
    )
    expect(problems).toEqual({ country: 'unknown-country' })
    expect(values.country).toBe('SWEDEN')
  })
})
