/**
 * Who is asking, for throttling: the first address of X-Forwarded-For. Next.js sets that header
 * from the socket when a request comes without one, and the portal sets it from Astro's
 * `clientAddress` (the socket, unless a trusted proxy says otherwise) when it calls the CMS
 * in-process. A client that reaches the CMS directly can write the header itself, so a
 * deployment puts the CMS behind a proxy that overwrites it (README, "Deploying"). Null for the
 * server's own calls (scripts, jobs): those are not throttled.
 */
export const clientAddressOf = (headers: Headers | undefined): string | null => {
  const forwarded = headers?.get('x-forwarded-for')
  const first = forwarded?.split(',')[0]?.trim()
  return first ? first.slice(0, 100) : null
}

/** Headers for a Local API call made on behalf of a client of the portal. */
export const onBehalfOf = (clientAddress: string): Headers =>
  new Headers({ 'x-forwarded-for': clientAddress })
