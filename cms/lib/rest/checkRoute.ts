import type { SanitizedConfig } from 'payload'

import { fail } from '@fazaa/shared/rules/result'
import { hasControlCharacter } from '@fazaa/shared/text/hasControlCharacter'
import { ruleErrorResponse } from '../ruleError'

const decoded = (pathname: string): string | null => {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return null
  }
}

/**
 * Wraps one of Payload's REST route handlers, before Payload sees the request: an address with a
 * control character (a NUL in a media file name reached the file system and answered 500) is
 * 400, and `/api/<collection>/versions` of a collection that keeps no versions is 404 (Payload
 * asked the database for a versions table that does not exist, and answered 500).
 */
export const withRouteCheck =
  (config: SanitizedConfig | Promise<SanitizedConfig>) =>
  <Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) =>
  async (request: Request, ...args: Args): Promise<Response> => {
    const { pathname } = new URL(request.url)
    const path = decoded(pathname)
    if (path == null || hasControlCharacter(path)) {
      const refusal = ruleErrorResponse(fail('request-bad-address'), { headers: request.headers })
      return Response.json(refusal.response, { status: 400 })
    }
    const { routes, collections } = await config
    const [slug, section] = path.slice(routes.api.length).split('/').filter(Boolean)
    const collection = collections.find((candidate) => candidate.slug === slug)
    if (section === 'versions' && collection && !collection.versions) {
      const refusal = ruleErrorResponse(fail('request-no-versions', { collection: slug! }), {
        headers: request.headers,
      })
      return Response.json(refusal.response, { status: 404 })
    }
    return handler(request, ...args)
  }
