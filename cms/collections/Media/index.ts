import path from 'node:path'

import type { CollectionConfig, ImageSize } from 'payload'

import { adminOrCommitteeLead } from '../../access/campaignLead'
import { isAdmin } from '../../access/isAdmin'
import { readMedia } from '../../access/readMedia'
import { recordUploader } from './hooks/recordUploader'
import { dataDir } from '../../lib/dataDir'
import { uploadFieldLabels } from './uploadFieldLabels'

/** The sizes the portal offers as a srcset: a phone on a slow line loads the 400-pixel WebP. */
const IMAGE_SIZES = [
  { name: 'thumb', width: 400, formatOptions: { format: 'webp', options: { quality: 70 } } },
  { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 70 } } },
  { name: 'wide', width: 1600, formatOptions: { format: 'webp', options: { quality: 72 } } },
] as const satisfies ImageSize[]

/** Photos, covers and receipts; files live under the data folder, outside the repository. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { ar: 'ملف', en: 'Media' },
    plural: { ar: 'الوسائط', en: 'Media' },
  },
  admin: { group: { ar: 'الإعدادات', en: 'Settings' } },
  // Committee leads upload receipts for their expenses from the portal; a file is readable where
  // a public page shows it (readMedia), and by whoever uploaded it.
  access: { read: readMedia, create: adminOrCommitteeLead, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [recordUploader] },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ['image/*', 'application/pdf'],
    imageSizes: [...IMAGE_SIZES],
  },
  fields: [
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: { ar: 'رفعه', en: 'Uploaded by' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Which campaign's receipt or cover this is: an expense's receipt picker offers only
      // these and files not claimed yet. Set by the expense or campaign that names the file.
      name: 'campaign',
      type: 'relationship',
      relationTo: 'campaigns',
      index: true,
      label: { ar: 'الحملة', en: 'Campaign' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          ar: 'يُملأ حين يُذكر الملف إيصالاً لمصروف من مصاريف الحملة أو غلافاً لها.',
          en: 'Filled in when an expense of the campaign names this file as its receipt, or the campaign as its cover.',
        },
      },
    },
    ...uploadFieldLabels(IMAGE_SIZES.map((size) => size.name)),
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { ar: 'وصف الصورة', en: 'Alternative text' },
    },
  ],
}
