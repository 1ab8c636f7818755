import { describe, expect, it } from 'vitest'

import { renderEmail } from '../../cms/plugins/mail/templates/emailLayout'

describe("an email's plain text", () => {
  it('writes a link whose label is its address once, and a named link with its address', () => {
    const { text } = renderEmail({
      locale: 'en',
      greeting: 'Hello',
      sections: [
        {
          lines: [
            {
              text: 'Sign in, no password needed:',
              link: {
                href: 'https://fazaa.example/signin/',
                label: 'https://fazaa.example/signin/',
              },
            },
            { text: 'Then:', link: { href: 'https://fazaa.example/me/', label: 'your space' } },
            { text: '', link: { href: 'https://fazaa.example/rsvp/', label: 'Coming / not' } },
          ],
        },
      ],
      footer: { text: 'Bye', links: [] },
    })
    expect(text).toContain('Sign in, no password needed: https://fazaa.example/signin/\n')
    expect(text).not.toContain('signin/: https://')
    expect(text).toContain('Then: your space: https://fazaa.example/me/')
    // A line that is only a link starts with it, not with a space.
    expect(text).toContain('\nComing / not: https://fazaa.example/rsvp/')
  })
})
