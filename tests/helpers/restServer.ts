import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import { handleEndpoints, type Payload } from 'payload'

import { withBodyLimit } from '../../cms/lib/rest/bodyLimit'
import { withJsonBodyCheck } from '../../cms/lib/rest/checkJsonBody'
import { withRouteCheck } from '../../cms/lib/rest/checkRoute'
import { withRetryAfter } from '../../cms/lib/rest/retryAfter'

/**
 * Payload's real REST API (the same handler the Next.js routes call) served over real HTTP on a
 * random local port, so tests see exactly the status and body a REST client gets.
 */
export const startRestServer = async (payload: Payload) => {
  const server = http.createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const body = chunks.length ? Buffer.concat(chunks) : undefined
    const request = new Request(`http://127.0.0.1${incoming.url}`, {
      method: incoming.method,
      headers: incoming.headers as Record<string, string>,
      body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : body,
    })
    // As the Next.js route does (cms/app/(payload)/api/[...slug]/route.ts).
    const response = await withRetryAfter(
      withRouteCheck(payload.config)(
        withBodyLimit(
          withJsonBodyCheck((checked: Request) =>
            handleEndpoints({ config: payload.config, request: checked }),
          ),
        ),
      ),
    )(request)
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    if (response.body) Readable.fromWeb(response.body as never).pipe(outgoing)
    else outgoing.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`

  /** Signs in through the REST API and returns the JWT for an Authorization header. */
  const login = async (email: string, password = 'test-password-1') => {
    const response = await fetch(`${base}/members/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const json = (await response.json()) as { token?: string }
    if (!json.token) throw new Error(`Login failed for ${email}: ${JSON.stringify(json)}`)
    return json.token
  }

  /** A JSON request; `token` signs it, `language` sets Accept-Language. */
  const request = async (
    method: string,
    path: string,
    { token, body, language }: { token?: string; body?: unknown; language?: string } = {},
  ) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...(language ? { 'accept-language': language } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, json: (await response.json()) as Record<string, unknown> }
  }

  return { base, login, request, close: () => new Promise((r) => server.close(r)) }
}
