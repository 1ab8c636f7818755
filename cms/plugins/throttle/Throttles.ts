import type { CollectionConfig } from 'payload'

/**
 * One row per throttled client or address: how many events it had in its window (see
 * shared/rules/throttle.ts). Written only by takeThrottle, with compare-and-swap updates, so
 * that many processes count together; nobody reads it over the API, admins included.
 */
export const Throttles: CollectionConfig = {
  slug: 'throttles',
  labels: {
    singular: { ar: 'عدّاد محاولات', en: 'Throttle' },
    plural: { ar: 'عدّادات المحاولات', en: 'Throttles' },
  },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['name', 'key'], unique: true }],
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'key', type: 'text', required: true },
    { name: 'count', type: 'number', required: true },
    { name: 'windowStartedAt', type: 'date', required: true },
    { name: 'lastAt', type: 'date', required: true, index: true },
  ],
}
