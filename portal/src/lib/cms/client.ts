import config from '@fazaa/cms/config'
import { getPayload, type Payload } from 'payload'

/**
 * Payload's Local API, in this process, on the same database as the admin. The portal reads and
 * writes only through the functions of this folder (`lib/cms`), which pages import from
 * `lib/cms/index.ts`; pages never build queries themselves.
 */
export const cms = (): Promise<Payload> => getPayload({ config })
