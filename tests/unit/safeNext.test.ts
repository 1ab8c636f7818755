import { describe, expect, it } from 'vitest'

import { safeNext } from '../../portal/src/features/signIn/sessionCookie'

describe('where sign-in sends the member back to', () => {
  it('follows a path on this site', () => {
    expect(safeNext('/en/proposals/?status=voting', '/me/')).toBe('/en/proposals/?status=voting')
  })

  it('never leaves for another host, however the address is dressed up', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'evil',
      '',
      null,
    ]) {
      expect(safeNext(next, '/me/')).toBe('/me/')
    }
  })
})
