import { REQUEST_LIMITS } from '@fazaa/shared/rules/limits'
import { fail } from '@fazaa/shared/rules/result'
import { ruleErrorResponse } from '../ruleError'
import { tooLarge } from './bodyLimit'

/** Deeper than any document of ours (a rich text tree is about ten levels). */
export const MAX_JSON_DEPTH = 64

/**
 * Where Payload's own request handling breaks on a body no client of ours sends: an array, a
 * string or null where a document belongs (it reads fields of it), nesting thousands deep (its
 * deep copy recurses), an email or password that is not a string (it lower-cases and hashes
 * them). Each of those was a 500; they are the client's mistake, so they get 400 with the
 * rule's words before Payload sees them. Returns the reason, or null for a body to pass on.
 */
export const problemOfJsonBody = (text: string): string | null => {
  if (text.trim() === '') return null
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    // Payload answers unparseable JSON itself, with 400.
    return null
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'not-an-object'
  for (const field of ['email', 'password'] as const) {
    const value = (body as Record<string, unknown>)[field]
    if (value !== undefined && typeof value !== 'string') return `${field}-not-text`
  }
  // Walked with a stack, not recursion: the point is to survive what recursion does not.
  const stack: [unknown, number][] = [[body, 1]]
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!
    if (typeof value === 'string' && value.includes('\u0000')) return 'nul-character'
    if (typeof value === 'string' && value.length > REQUEST_LIMITS.textCharacters) {
      return 'text-too-long'
    }
    if (typeof value !== 'object' || value === null) continue
    if (depth > MAX_JSON_DEPTH) return 'too-deep'
    // Refused before Payload walks it: validating a list of a million items holds the server's
    // one thread for seconds.
    if (Array.isArray(value) && value.length > REQUEST_LIMITS.listItems) return 'list-too-long'
    for (const child of Object.values(value)) stack.push([child, depth + 1])
  }
  return null
}

/**
 * Wraps one of Payload's REST route handlers: a JSON write whose body would break Payload is
 * answered 400 here; an empty JSON body (a PATCH with nothing in it) reaches Payload as `{}`.
 */
export const withJsonBodyCheck =
  <Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) =>
  async (request: Request, ...args: Args): Promise<Response> => {
    const type = request.headers.get('content-type') ?? ''
    if (!type.includes('application/json') || request.method === 'GET') {
      return handler(request, ...args)
    }
    const text = await request.clone().text()
    const problem = problemOfJsonBody(text)
    if (problem === 'list-too-long') return tooLarge(request, 'list', REQUEST_LIMITS.listItems)
    if (problem === 'text-too-long') {
      return tooLarge(request, 'text', REQUEST_LIMITS.textCharacters)
    }
    if (problem) {
      const refusal = ruleErrorResponse(fail('request-bad-body', { problem }), {
        headers: request.headers,
      })
      return Response.json(refusal.response, { status: refusal.status })
    }
    return handler(text.trim() === '' ? new Request(request, { body: '{}' }) : request, ...args)
  }
