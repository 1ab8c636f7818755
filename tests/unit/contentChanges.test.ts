import { describe, expect, it } from 'vitest'

import { decodeChange, encodeChange, isPubliclyVisibleChange } from '@fazaa/shared/contentChanges'

const active = { status: 'active', country: 'DE', bio: 'Engineer', skills: ['water'] }

describe('which changes public pages can show', () => {
  it("never a member's profile edit, an application or an applicant's edits", () => {
    expect(isPubliclyVisibleChange('members', active, { ...active, bio: 'New bio' })).toBe(false)
    expect(isPubliclyVisibleChange('members', active, { ...active, skills: [] })).toBe(false)
    const applicant = { ...active, status: 'applicant' }
    expect(isPubliclyVisibleChange('members', undefined, applicant)).toBe(false)
    expect(isPubliclyVisibleChange('members', applicant, { ...applicant, country: 'SE' })).toBe(
      false,
    )
  })

  it('a member counted on the home page arriving, leaving or moving country', () => {
    const applicant = { ...active, status: 'applicant' }
    expect(isPubliclyVisibleChange('members', applicant, active)).toBe(true)
    expect(isPubliclyVisibleChange('members', active, { ...active, status: 'left' })).toBe(true)
    expect(isPubliclyVisibleChange('members', active, { ...active, country: 'SE' })).toBe(true)
    expect(isPubliclyVisibleChange('members', active, undefined)).toBe(true)
  })

  it('any change to a public collection', () => {
    expect(isPubliclyVisibleChange('campaigns', { title: 'a' }, { title: 'a' })).toBe(true)
    expect(isPubliclyVisibleChange('guests', undefined, { name: 'b' })).toBe(true)
  })

  it('travels as the list of collections changed', () => {
    expect(decodeChange(encodeChange(['donations', 'campaigns']))).toEqual([
      'donations',
      'campaigns',
    ])
    expect(decodeChange('')).toEqual([])
  })
})
