import type { PayloadRequest } from 'payload'

import { pickLocale, type Locale } from '@fazaa/shared/i18n/locales'

/**
 * The language to explain an error in: the admin panel's language, else the Accept-Language of a
 * REST client, else the member's own preference, else Arabic.
 */
export const localeOfRequest = (req?: Partial<PayloadRequest>): Locale =>
  pickLocale(
    req?.i18n?.language,
    req?.headers?.get?.('accept-language'),
    (req?.user as { locale?: string } | null | undefined)?.locale,
  )
