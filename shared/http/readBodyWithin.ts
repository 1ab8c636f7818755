/**
 * A request's body, read only as far as `limit` bytes: null once it passes them, whatever its
 * Content-Length claims (a chunked body has none). What is read is kept in memory, so `limit`
 * is what one request can cost.
 */
export const readBodyWithin = async (
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> => {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      // Not awaited: the cancel of one branch of a cloned body settles only once the other
      // branch is cancelled too.
      reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}
