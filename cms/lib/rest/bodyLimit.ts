import { readBodyWithin } from '@fazaa/shared/http/readBodyWithin'
import { REQUEST_LIMITS } from '@fazaa/shared/rules/limits'
import { fail } from '@fazaa/shared/rules/result'
import { ruleErrorResponse } from '../ruleError'

const MB = 1024 * 1024

/** The most a request to the CMS may carry: an upload and its fields, or a JSON document. */
export const bodyLimitOf = (request: Request) =>
  (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')
    ? REQUEST_LIMITS.uploadBytes + REQUEST_LIMITS.uploadOverheadBytes
    : REQUEST_LIMITS.jsonBytes

/** 413 in the reader's language, with the rule's code, as Payload's REST errors look. */
export const tooLarge = (request: Request, what: 'bytes' | 'list' | 'text', limit: number) => {
  const refusal = ruleErrorResponse(fail('request-too-large', { what, limit }), {
    headers: request.headers,
  })
  return Response.json(refusal.response, { status: 413 })
}

/**
 * Wraps one of Payload's route handlers (REST, GraphQL): a body past the limit is refused with
 * 413 as soon as it passes it, before Payload reads it; the rest reaches Payload as read.
 */
export const withBodyLimit =
  <Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) =>
  async (request: Request, ...args: Args): Promise<Response> => {
    if (request.method === 'GET' || request.method === 'HEAD' || !request.body) {
      return handler(request, ...args)
    }
    const limit = bodyLimitOf(request)
    const body = await readBodyWithin(request, limit)
    if (!body) return tooLarge(request, 'bytes', Math.round(limit / MB))
    // A new request of the runtime's own class: Next's request class cannot be copied with
    // `new Request(request, init)` (its private fields are not the global class's).
    const read = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body,
      signal: request.signal,
    })
    return handler(read, ...args)
  }
