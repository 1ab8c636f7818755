import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { CAMPAIGN_STATUSES } from '@fazaa/shared/domain/vocabulary'
import { checkCampaignMonth } from '@fazaa/shared/rules/campaignRules'
import { toLatinDigits } from '@fazaa/shared/text/latinDigits'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { publishedOrAdmin } from '../../access/publishedOrAdmin'
import { moneyComponents, moneyField } from '../../fields/money'
import { slugField } from '../../fields/slug'
import { localeOfRequest } from '../../lib/localeOfRequest'
import { optionsOf } from '../../lib/options'
import * as clock from '@fazaa/shared/clock'
import { enforceCampaignRules } from './hooks/enforceCampaignRules'
import { claimFileForCampaign } from '../../hooks/claimFileForCampaign'

/** The month's campaign for one small project: the fellowship's public face. */
const latinMonth = (value: unknown) =>
  typeof value === 'string'
    ? toLatinDigits(value.trim()).replace(/[\u2010-\u2015\u2212]/g, '-')
    : value

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: {
    singular: { ar: 'حملة', en: 'Campaign' },
    plural: { ar: 'الحملات', en: 'Campaigns' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'month', 'status', 'raised'],
    group: { ar: 'الحملات والمال', en: 'Campaigns and money' },
  },
  defaultSort: '-month',
  access: {
    // Drafts are the management's working copies; everything else is public.
    read: publishedOrAdmin({ status: { not_equals: 'draft' } }),
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [enforceCampaignRules],
    // Its cover is its own: no expense of another campaign is offered it as a receipt.
    afterChange: [claimFileForCampaign('cover', (campaign) => campaign.id)],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { ar: 'العنوان', en: 'Title' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'month',
          type: 'text',
          required: true,
          // One campaign a month, held by the database.
          unique: true,
          label: { ar: 'الشهر', en: 'Month' },
          admin: {
            components: { Cell: '/components/dates/MonthCell#MonthCell' },
            // The example in Arabic digits, which right-to-left text keeps in reading order
            // (Latin ones inside the Arabic label read "12-2026").
            description: {
              ar: 'سنة-شهر، مثل ٢٠٢٦-١٢، بالأرقام العربية أو اللاتينية',
              en: 'Year-month, e.g. 2026-12',
            },
          },
          // Typed with Arabic digits («٢٠٢٧-٠١») it is the same month.
          hooks: { beforeValidate: [({ value }) => latinMonth(value)] },
          validate: ((value, { req }) => {
            const result = checkCampaignMonth(value)
            return result.ok || result.message[localeOfRequest(req)]
          }) satisfies TextFieldSingleValidation,
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          index: true,
          options: optionsOf(CAMPAIGN_STATUSES),
          label: { ar: 'الحالة', en: 'Status' },
        },
      ],
    },
    slugField('month'),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: { ar: 'ملخص', en: 'Summary' },
    },
    { name: 'body', type: 'richText', localized: true, label: { ar: 'القصة', en: 'Story' } },
    moneyField({ name: 'goal', label: { ar: 'الهدف', en: 'Goal' }, required: true }),
    {
      type: 'row',
      fields: [
        {
          name: 'raised',
          type: 'number',
          defaultValue: 0,
          label: { ar: 'المجموع', en: 'Raised' },
          admin: {
            readOnly: true,
            components: moneyComponents('goal.currency'),
            description: {
              ar: 'محسوب من التبرعات الناجحة فقط',
              en: 'Derived from succeeded donations only',
            },
          },
          // Never typed in: the donations hooks recompute it from the donations themselves.
          access: { create: nobody, update: nobody },
        },
        {
          name: 'donorCount',
          type: 'number',
          defaultValue: 0,
          label: { ar: 'عدد المتبرعين', en: 'Donors' },
          admin: { readOnly: true },
          access: { create: nobody, update: nobody },
        },
      ],
    },
    {
      // Not stored: the figures are read from the donations, transfers and expenses each time.
      name: 'moneySummary',
      type: 'ui',
      label: { ar: 'الخلاصة المالية', en: 'Financial summary' },
      admin: {
        position: 'sidebar',
        components: { Field: '/components/CampaignMoneySummary#CampaignMoneySummary' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lead',
          type: 'relationship',
          relationTo: 'members',
          label: { ar: 'مسؤول الحملة', en: 'Lead' },
        },
        {
          name: 'committee',
          type: 'relationship',
          relationTo: 'committees',
          label: { ar: 'اللجنة الطيارة', en: 'Flying committee' },
        },
        {
          name: 'proposal',
          type: 'relationship',
          relationTo: 'proposals',
          label: { ar: 'المقترح الأصلي', en: 'From proposal' },
        },
      ],
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'partners',
      hasMany: true,
      label: { ar: 'الشركاء المستشارون', en: 'Partners consulted' },
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: { ar: 'صورة الغلاف', en: 'Cover image' },
    },
    {
      name: 'report',
      type: 'richText',
      localized: true,
      label: { ar: 'التقرير الختامي', en: 'Final report' },
      admin: {
        description: {
          ar: 'ما جُمع، وما صُرف مع الإيصالات، وما أُنجز. مطلوب قبل الإغلاق.',
          en: 'Money in, money out with receipts, what was achieved. Required to close.',
        },
      },
    },
    {
      name: 'updates',
      type: 'array',
      label: { ar: 'مستجدات', en: 'Updates' },
      // «أضف مستجد», not Payload's «أضف Update» built from the English field name.
      labels: {
        singular: { ar: 'مستجد', en: 'Update' },
        plural: { ar: 'مستجدات', en: 'Updates' },
      },
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          defaultValue: () => clock.now().toISOString(),
          label: { ar: 'التاريخ', en: 'Date' },
        },
        {
          name: 'text',
          type: 'textarea',
          required: true,
          localized: true,
          label: { ar: 'النص', en: 'Text' },
        },
      ],
    },
  ],
}
