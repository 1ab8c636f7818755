import type { CollectionConfig } from 'payload'

import { TOWN_CURRENCIES, TRANSFER_CHANNELS } from '@fazaa/shared/domain/vocabulary'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isActiveField } from '../access/isActive'
import { currencyField, minorUnitsField } from '../fields/money'
import { optionsOf } from '../lib/options'
import * as clock from '@fazaa/shared/clock'
import { enforceCampaignCurrency } from '../hooks/enforceCampaignCurrency'
import { currencyOptions } from '../lib/currencyOptions'

/**
 * Names of intermediaries and of the person who confirmed receipt in town stay among members:
 * in the town's situation a public name can put someone at risk. The amounts are public.
 */
const membersOnly = { read: isActiveField }

/** How money reached the town: channel, amounts both sides, rate, fees, and who confirmed it. */
export const Transfers: CollectionConfig = {
  slug: 'transfers',
  labels: {
    singular: { ar: 'تحويل إلى البلدة', en: 'Transfer to the town' },
    plural: { ar: 'التحويلات إلى البلدة', en: 'Transfers to the town' },
  },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['campaign', 'sentOn', 'channel', 'amountSent', 'fees', 'amountReceived'],
    group: { ar: 'الحملات والمال', en: 'Campaigns and money' },
  },
  defaultSort: '-sentOn',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [enforceCampaignCurrency('money-currency-of-campaign')] },
  fields: [
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: 'campaigns',
      required: true,
      index: true,
      label: { ar: 'الحملة', en: 'Campaign' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'channel',
          type: 'select',
          required: true,
          defaultValue: 'exchange-office',
          options: optionsOf(TRANSFER_CHANNELS),
          label: { ar: 'القناة', en: 'Channel' },
        },
        {
          name: 'channelName',
          type: 'text',
          label: { ar: 'اسم المكتب أو الوسيط', en: 'Office or intermediary' },
          access: membersOnly,
        },
        {
          name: 'sentOn',
          type: 'date',
          required: true,
          defaultValue: () => clock.now().toISOString(),
          label: { ar: 'تاريخ الإرسال', en: 'Sent on' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        minorUnitsField({
          name: 'amountSent',
          required: true,
          label: { ar: 'المبلغ المرسل', en: 'Amount sent' },
          description: {
            ar: 'ما وصل إلى القناة لإيصاله، دون الرسوم. بعملة الحملة.',
            en: "What the channel was given to deliver, fees not included. In the campaign's currency.",
          },
        }),
        minorUnitsField({
          name: 'fees',
          label: { ar: 'الرسوم', en: 'Fees' },
          description: {
            ar: 'ما أخذته القناة، مضافاً أو مقتطعاً. بعملة الحملة.',
            en: "What the channel charged, on top or kept back. In the campaign's currency.",
          },
        }),
        currencyField(),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'exchangeRate',
          type: 'number',
          required: true,
          min: 0,
          label: { ar: 'سعر الصرف يومها', en: 'Exchange rate on the day' },
          admin: {
            step: 0.0001,
            description: {
              ar: 'كم وحدة من عملة الاستلام مقابل وحدة واحدة من عملة الحملة',
              en: "Units of the received currency for one unit of the campaign's currency",
            },
          },
        },
        minorUnitsField({
          name: 'amountReceived',
          required: true,
          bounded: false,
          currencyField: 'receivedCurrency',
          label: { ar: 'المبلغ المستلم', en: 'Amount received' },
          description: { ar: 'كما استُلم في البلدة', en: 'As received in the town' },
        }),
        {
          name: 'receivedCurrency',
          type: 'select',
          required: true,
          defaultValue: 'SYP',
          options: currencyOptions(TOWN_CURRENCIES),
          label: { ar: 'عملة الاستلام', en: 'Received in' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'receivedOn',
          type: 'date',
          label: { ar: 'تاريخ الاستلام', en: 'Received on' },
        },
        {
          name: 'confirmedBy',
          type: 'text',
          required: true,
          label: { ar: 'من أكّد الاستلام', en: 'Receipt confirmed by' },
          access: membersOnly,
        },
      ],
    },
    { name: 'note', type: 'textarea', localized: true, label: { ar: 'ملاحظة', en: 'Note' } },
  ],
}
