import type { CollectionConfig } from 'payload'

import { PARTNER_KINDS } from '@fazaa/shared/domain/vocabulary'
import { anyone } from '../access/anyone'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { optionsOf } from '../lib/options'

/** Local organisations and people consulted on a project (forestry, municipality...). */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: {
    singular: { ar: 'شريك', en: 'Partner' },
    plural: { ar: 'الشركاء', en: 'Partners' },
  },
  admin: { useAsTitle: 'name', group: { ar: 'الحملات والمال', en: 'Campaigns and money' } },
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
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          options: optionsOf(PARTNER_KINDS),
          label: { ar: 'النوع', en: 'Kind' },
        },
        {
          name: 'area',
          type: 'text',
          localized: true,
          label: { ar: 'المنطقة', en: 'Town or area' },
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { ar: 'الوصف', en: 'Description' },
    },
    {
      name: 'contact',
      type: 'text',
      label: { ar: 'التواصل (للإدارة فقط)', en: 'Contact (management only)' },
      access: { read: isAdminField },
    },
  ],
}
