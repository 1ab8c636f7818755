import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { DONATION_METHODS, DONATION_STATUSES } from '@fazaa/shared/domain/vocabulary'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { publishedOrAdmin } from '../../access/publishedOrAdmin'
import { nobody } from '../../access/nobody'
import { isAdminUser } from '../../access/roles'
import { amountAndCurrency, moneyComponents } from '../../fields/money'
import { optionsOf } from '../../lib/options'
import type { Donation } from '../../payload-types'
import * as clock from '@fazaa/shared/clock'
import { enforceCampaignCurrency } from '../../hooks/enforceCampaignCurrency'
import { enforceDonationRules } from './hooks/enforceDonationRules'
import {
  refreshCampaignTotalsAfterChange,
  refreshCampaignTotalsAfterDelete,
} from './hooks/refreshCampaignTotals'

/**
 * What a treasurer types for a bank or cash gift is the campaign, the amount, how and when it
 * came, a reference and the donor; Stripe's own fields show only on card gifts.
 */
const ONLY_FOR_CARD_GIFTS = (data: Partial<Donation>) => data?.method === 'stripe'

/** A donor's name and message are public only when the donor chose to be named. */
const namedDonorOrAdmin: FieldAccess<Donation> = ({ req: { user }, doc }) =>
  isAdminUser(user) || doc?.anonymous === false

/** Money in: online through Stripe, or recorded by an admin (bank, cash, other). */
export const Donations: CollectionConfig = {
  slug: 'donations',
  labels: {
    singular: { ar: 'تبرع', en: 'Donation' },
    plural: { ar: 'التبرعات', en: 'Donations' },
  },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['campaign', 'amount', 'method', 'status', 'receivedAt'],
    description: {
      ar: 'سجّل هنا التبرعات المصرفية والنقدية. تبرعات البطاقة تأتي من Stripe وحدها.',
      en: 'Record bank and cash gifts here. Card gifts come from Stripe on their own.',
    },
    group: { ar: 'الحملات والمال', en: 'Campaigns and money' },
  },
  defaultSort: '-receivedAt',
  access: {
    // The public sees succeeded donations, without the identity of anonymous donors.
    read: publishedOrAdmin({ status: { equals: 'succeeded' } }),
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [enforceDonationRules, enforceCampaignCurrency('donation-currency')],
    afterChange: [refreshCampaignTotalsAfterChange],
    afterDelete: [refreshCampaignTotalsAfterDelete],
  },
  fields: [
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: 'campaigns',
      required: true,
      index: true,
      label: { ar: 'الحملة', en: 'Campaign' },
    },
    amountAndCurrency({ required: true, positive: true }),
    {
      type: 'row',
      fields: [
        {
          name: 'method',
          type: 'select',
          required: true,
          defaultValue: 'bank',
          options: optionsOf(DONATION_METHODS),
          label: { ar: 'طريقة الدفع', en: 'Method' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          // What an admin records by hand has been received; card gifts start `pending` in code.
          defaultValue: 'succeeded',
          index: true,
          options: optionsOf(DONATION_STATUSES),
          label: { ar: 'الحالة', en: 'Status' },
        },
      ],
    },
    {
      name: 'refundedAmount',
      type: 'number',
      defaultValue: 0,
      label: { ar: 'المبلغ المسترد', en: 'Refunded' },
      admin: {
        readOnly: true,
        components: moneyComponents('currency'),
        position: 'sidebar',
        condition: ONLY_FOR_CARD_GIFTS,
        description: { ar: 'من إشعارات Stripe', en: "From Stripe's notifications" },
      },
      access: { create: nobody, update: nobody },
    },
    {
      name: 'monthly',
      type: 'checkbox',
      defaultValue: false,
      label: { ar: 'دعم شهري', en: 'Monthly support' },
      admin: { readOnly: true, position: 'sidebar', condition: ONLY_FOR_CARD_GIFTS },
      access: { create: nobody, update: nobody },
    },
    {
      name: 'reference',
      type: 'text',
      label: { ar: 'مرجع (إيصال أو تحويل)', en: 'Reference (receipt or transfer)' },
      access: { read: isAdminField },
    },
    {
      name: 'recordedBy',
      type: 'relationship',
      relationTo: 'members',
      label: { ar: 'سجّله', en: 'Recorded by' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { read: isAdminField, create: nobody, update: nobody },
    },
    // Stripe's ids. A session, a payment and an invoice are each one donation, held by the
    // database (unique); a subscription is many months, so only indexed.
    ...(
      [
        ['stripeSessionId', 'معرّف جلسة الدفع', 'Checkout Session', true],
        ['stripePaymentIntentId', 'معرّف الدفعة', 'PaymentIntent', true],
        ['stripeInvoiceId', 'معرّف الفاتورة الشهرية', 'Invoice (monthly support)', true],
        ['stripeSubscriptionId', 'الاشتراك الشهري', 'subscription', false],
      ] as const
    ).map(([name, ar, en, unique]): Field => ({
      name,
      type: 'text',
      ...(unique ? { unique: true } : { index: true }),
      label: { ar: `Stripe: ${ar}`, en: `Stripe ${en}` },
      admin: { readOnly: true, position: 'sidebar', condition: ONLY_FOR_CARD_GIFTS },
      access: { read: isAdminField, create: nobody, update: nobody },
    })),
    {
      name: 'anonymous',
      type: 'checkbox',
      defaultValue: true,
      label: { ar: 'تبرع دون ذكر الاسم', en: 'Anonymous on public pages' },
      // Asked as the treasurer knows it: "the donor agreed to be named", unticked by default.
      admin: { components: { Field: '/components/DonorAgreedToBeNamed#DonorAgreedToBeNamed' } },
    },
    {
      name: 'donorName',
      type: 'text',
      label: { ar: 'اسم المتبرع', en: 'Donor name' },
      access: { read: namedDonorOrAdmin },
    },
    {
      name: 'donorMember',
      type: 'relationship',
      relationTo: 'members',
      label: { ar: 'العضو المتبرع', en: 'Donor member' },
      access: { read: isAdminField },
    },
    {
      name: 'message',
      type: 'textarea',
      label: { ar: 'رسالة', en: 'Message' },
      access: { read: namedDonorOrAdmin },
    },
    {
      name: 'receivedAt',
      type: 'date',
      defaultValue: () => clock.now().toISOString(),
      index: true,
      label: { ar: 'تاريخ الاستلام', en: 'Received' },
    },
  ],
}
