import type { Endpoint } from 'payload'

import { unsubscribeWithToken } from '../unsubscribe/unsubscribeWithToken'
import { portalUrl } from '../templates/links'

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the URL in
 * the `List-Unsubscribe` header, with no session and no page to click. A GET (a person following
 * the link by hand) goes to the portal's confirmation page instead: a link alone never changes
 * anything, since mail scanners open links.
 */
export const unsubscribeEndpoints: Endpoint[] = [
  {
    path: '/unsubscribe',
    method: 'post',
    handler: async (req) => {
      const token = req.searchParams.get('token') ?? ''
      const done = await unsubscribeWithToken(req.payload, token)
      return done
        ? Response.json({ unsubscribed: done.scope })
        : Response.json({ error: 'This unsubscribe link is not valid.' }, { status: 400 })
    },
  },
  {
    path: '/unsubscribe',
    method: 'get',
    handler: (req) =>
      Response.redirect(
        `${portalUrl()}/unsubscribe/?token=${encodeURIComponent(req.searchParams.get('token') ?? '')}`,
        303,
      ),
  },
]
