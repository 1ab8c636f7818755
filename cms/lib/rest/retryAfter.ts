/** What a 503 of the REST API tells clients and proxies: try again in a minute. */
export const RETRY_AFTER_SECONDS = 60

/**
 * Wraps one of Payload's REST route handlers: an answer of 503 (the database restarting, or too
 * busy for the request's bounded wait: translateOutageErrors) carries Retry-After, which Payload's
 * error handler cannot set.
 */
export const withRetryAfter =
  <Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) =>
  async (request: Request, ...args: Args): Promise<Response> => {
    const response = await handler(request, ...args)
    if (response.status !== 503 || response.headers.has('retry-after')) return response
    const headers = new Headers(response.headers)
    headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
    return new Response(response.body, { status: 503, statusText: response.statusText, headers })
  }
