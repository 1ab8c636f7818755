import type { Locale } from '@fazaa/shared/i18n/locales'

/** The portal's public address, for links in emails (no trailing slash). */
export const portalUrl = (): string =>
  (process.env.PORTAL_PUBLIC_URL ?? 'http://localhost:4321').replace(/\/$/, '')

/** The CMS's public address (the one-click unsubscribe endpoint lives there). */
export const cmsUrl = (): string =>
  (process.env.CMS_PUBLIC_URL || 'http://localhost:3000').replace(/\/$/, '')

/** A portal page in the reader's language: Arabic at the root, English under /en. */
export const portalLink = (locale: Locale, path: string): string =>
  `${portalUrl()}${locale === 'en' ? '/en' : ''}${path}`
