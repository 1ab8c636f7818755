import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { cms } from './client'

export interface MediaFile {
  data: Buffer
  contentType: string
}

/**
 * An uploaded file or one of its sizes, if the public may read the upload it belongs to. The
 * name must be a registered upload's: nothing else in the uploads folder is ever served.
 */
export const readMediaFile = async (filename: string): Promise<MediaFile | null> => {
  if (!filename || filename !== path.basename(filename) || filename.startsWith('.')) return null
  const payload = await cms()
  const sizes = ['thumb', 'card', 'wide'] as const
  const { docs } = await payload.find({
    collection: 'media',
    where: {
      or: [
        { filename: { equals: filename } },
        ...sizes.map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } })),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const media = docs[0]
  const staticDir = payload.collections.media.config.upload.staticDir
  if (!media || !staticDir) return null
  const size = sizes.map((name) => media.sizes?.[name]).find((s) => s?.filename === filename)
  const contentType = (size ? size.mimeType : media.mimeType) ?? 'application/octet-stream'
  try {
    return { data: await readFile(path.join(staticDir, filename)), contentType }
  } catch {
    return null
  }
}
