import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { dataDir } from '../lib/dataDir'

/** Photos, covers and receipts; files live under the data folder, outside the repository. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { ar: 'ملف', en: 'Media' },
    plural: { ar: 'الوسائط', en: 'Media' },
  },
  admin: { group: { ar: 'الإعدادات', en: 'Settings' } },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ['image/*', 'application/pdf'],
    imageSizes: [
      { name: 'thumb', width: 400 },
      { name: 'card', width: 800 },
      { name: 'wide', width: 1600 },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { ar: 'وصف الصورة', en: 'Alternative text' },
    },
  ],
}
