import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import type { Encoding } from './cachePolicy'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * Compresses a body for one encoding. `thorough` spends the CPU once for a page that will be served
 * thousands of times from the cache; a page rendered for one person gets the quick setting.
 */
export const compress = async (
  body: Buffer,
  encoding: Encoding,
  thorough: boolean,
): Promise<Buffer> => {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: thorough ? constants.BROTLI_MAX_QUALITY : 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    })
  }
  if (encoding === 'gzip') return gzipAsync(body, { level: thorough ? 9 : 6 })
  return body
}
