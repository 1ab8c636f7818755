import type { CollectionConfig } from 'payload'

import { DIGEST_STATUSES } from '@fazaa/shared/domain/vocabulary'
import { isAdmin } from '../../../access/isAdmin'
import { optionsOf } from '../../../lib/options'

/**
 * A meeting's digest: one per meeting, made when the meeting is marked held. The counts follow
 * its mail deliveries (one per opted-in member); the WhatsApp text is ready to copy.
 */
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
    {
      name: 'whatsappText',
      type: 'textarea',
      localized: true,
      label: { ar: 'نص واتساب', en: 'WhatsApp text' },
      admin: {
        readOnly: true,
        rows: 12,
        components: { afterInput: ['/components/CopyButton#CopyButton'] },
        description: {
          ar: 'الموجز مختصراً مع الروابط، لمجموعة الإعلانات',
          en: 'The digest in short, with links, for the announcements group',
        },
      },
    },
  ],
}
