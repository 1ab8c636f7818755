import type { APIRoute } from 'astro'

import { readMediaFile } from '../../lib/cms'

/**
 * Covers and receipts from the portal's own address: a page asks no other host for anything,
 * and the page cache keeps the images a phone asks for most.
 */
export const GET: APIRoute = async ({ params }) => {
  const file = await readMediaFile(params.file ?? '')
  if (!file) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(file.data), {
    headers: {
      'content-type': file.contentType,
      // Uploads never change under the same name (Payload renames a second upload).
      'cache-control': 'public, max-age=604800',
      'x-content-type-options': 'nosniff',
    },
  })
}
