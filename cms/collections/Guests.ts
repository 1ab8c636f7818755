import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin, isAdminField } from '../access/isAdmin'

/** Local actors interviewed in the Guest of the month segment. */
export const Guests: CollectionConfig = {
  slug: 'guests',
  labels: {
    singular: { ar: 'ضيف', en: 'Guest' },
    plural: { ar: 'الضيوف', en: 'Guests' },
  },
  admin: { useAsTitle: 'name', group: { ar: 'اللقاءات', en: 'Meetings' } },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { ar: 'الاسم', en: 'Name' },
    },
    {
      name: 'role',
      type: 'text',
      localized: true,
      label: { ar: 'الصفة', en: 'Role' },
    },
    { name: 'bio', type: 'textarea', localized: true, label: { ar: 'نبذة', en: 'Bio' } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { ar: 'صورة', en: 'Photo' } },
    {
      name: 'contact',
      type: 'group',
      label: { ar: 'التواصل (للإدارة فقط)', en: 'Contact (management only)' },
      access: { read: isAdminField },
      fields: [
        { name: 'phone', type: 'text', label: { ar: 'الهاتف', en: 'Phone' } },
        { name: 'email', type: 'email', label: { ar: 'البريد', en: 'Email' } },
      ],
    },
    {
      name: 'appearances',
      type: 'join',
      collection: 'meetings',
      on: 'guest',
      label: { ar: 'ظهوره في اللقاءات', en: 'Appearances' },
    },
  ],
}
