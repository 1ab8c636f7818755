import type { CollectionConfig } from 'payload'

import { DIGEST_STATUSES } from '../../shared/domain/vocabulary'
import { isAdmin } from '../access/isAdmin'
import { optionsOf } from '../lib/options'

/** A record of each meeting digest sent: how many went, failed, or wait. */
export const Digests: CollectionConfig = {
  slug: 'digests',
  labels: {
    singular: { ar: 'موجز', en: 'Digest' },
    plural: { ar: 'الموجزات', en: 'Digests' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['meeting', 'status', 'sentCount', 'failedCount', 'pendingCount'],
    group: { ar: 'اللقاءات', en: 'Meetings' },
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    {
      name: 'meeting',
      type: 'relationship',
      relationTo: 'meetings',
      required: true,
      unique: true,
      label: { ar: 'اللقاء', en: 'Meeting' },
    },
    { name: 'subject', type: 'text', localized: true, label: { ar: 'الموضوع', en: 'Subject' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: optionsOf(DIGEST_STATUSES),
      label: { ar: 'الحالة', en: 'Status' },
    },
    {
      type: 'row',
      fields: [
        { name: 'sentCount', type: 'number', defaultValue: 0, label: { ar: 'أُرسل', en: 'Sent' } },
        {
          name: 'failedCount',
          type: 'number',
          defaultValue: 0,
          label: { ar: 'فشل', en: 'Failed' },
        },
        {
          name: 'pendingCount',
          type: 'number',
          defaultValue: 0,
          label: { ar: 'بالانتظار', en: 'Pending' },
        },
      ],
    },
  ],
}
