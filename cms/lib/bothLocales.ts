import type { Localized } from '@fazaa/shared/i18n/locales'

/**
 * A localized field as read with `locale: 'all'` ({ ar, en }), either language standing in for
 * a missing one; a plain string counts for both.
 */
export const bothLocales = (value: unknown): Localized => {
  if (value && typeof value === 'object') {
    const { ar, en } = value as Partial<Localized>
    return { ar: ar ?? en ?? '', en: en ?? ar ?? '' }
  }
  const text = typeof value === 'string' ? value : ''
  return { ar: text, en: text }
}
