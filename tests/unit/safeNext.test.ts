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
      // Browsers drop a TAB or a newline and go to //evil.example.
      '/\t/evil.example',
      '/\n/evil.example',
      '/%09/evil.example'.replace('%09', '\t'),
      // Control and direction-override characters have no place in a link of ours.
      '/me/\u0000',
      '/me/\u202Eevil',
      'evil',
      '',
      null,
    ]) {
      expect(safeNext(next, '/me/')).toBe('/me/')
    }
  })
})
