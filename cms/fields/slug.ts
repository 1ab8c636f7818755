import type { TextField } from 'payload'

/** Lower-case ASCII words joined by dashes; Arabic-only titles fall back to `fallback`. */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

/**
 * A unique URL slug. When left empty it is made from the English title, or from `fallbackField`
 * (the campaign's month) when the title is Arabic only, so every page gets a readable address.
 */
export const slugField = (fallbackField: string): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  label: { ar: 'المعرّف في الرابط', en: 'URL slug' },
  admin: { position: 'sidebar', description: { ar: 'يُملأ تلقائياً', en: 'Filled in if empty' } },
  hooks: {
    beforeValidate: [
      ({ value, data, originalDoc }) => {
        // An Arabic-only slug slugifies to nothing: fall through to the title or the fallback.
        const typed = typeof value === 'string' ? slugify(value) : ''
        if (typed) return typed
        const title = data?.title ?? originalDoc?.title
        const english = typeof title === 'object' && title ? title.en : undefined
        const fromTitle = typeof english === 'string' ? slugify(english) : ''
        const fallback = String(data?.[fallbackField] ?? originalDoc?.[fallbackField] ?? '')
        return fromTitle || slugify(fallback) || undefined
      },
    ],
  },
})
