import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'

/** "How we work": the fellowship's principles, edited by the management, shown on the portal. */
export const About: GlobalConfig = {
  slug: 'about',
  label: { ar: 'من نحن وكيف نعمل', en: 'About and how we work' },
  admin: { group: { ar: 'الإعدادات', en: 'Settings' } },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { ar: 'العنوان', en: 'Title' },
    },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      label: { ar: 'تمهيد', en: 'Introduction' },
    },
    {
      name: 'principles',
      type: 'array',
      label: { ar: 'المبادئ', en: 'Principles' },
      labels: {
        singular: { ar: 'مبدأ', en: 'Principle' },
        plural: { ar: 'المبادئ', en: 'Principles' },
      },
      fields: [
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          label: { ar: 'العنوان', en: 'Title' },
        },
        { name: 'text', type: 'textarea', localized: true, label: { ar: 'النص', en: 'Text' } },
      ],
    },
    { name: 'body', type: 'richText', localized: true, label: { ar: 'التفاصيل', en: 'Details' } },
  ],
}
