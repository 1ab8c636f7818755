import type { CollectionConfig } from 'payload'

import { DONATION_STATUSES } from '@fazaa/shared/domain/vocabulary'
import { isAdmin } from '../access/isAdmin'
import { optionsOf } from '../lib/options'

/**
 * Every Stripe event the webhook accepted, once: the unique event id makes a replayed or
 * duplicated delivery change nothing. A donation's status is settled from all the events that
 * name its Checkout Session or PaymentIntent, so their order does not matter. Admins may read
 * it (it is the audit trail of card money); only the webhook writes it.
 */
export const StripeEvents: CollectionConfig = {
  slug: 'stripe-events',
  labels: {
    singular: { ar: 'إشعار Stripe', en: 'Stripe event' },
    plural: { ar: 'إشعارات Stripe', en: 'Stripe events' },
  },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'type', 'outcome', 'donation', 'createdAt'],
    group: { ar: 'الحملات والمال', en: 'Campaigns and money' },
  },
  defaultSort: '-createdAt',
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'eventId',
      type: 'text',
      required: true,
      unique: true,
      label: { ar: 'معرّف الإشعار', en: 'Event id' },
    },
    { name: 'type', type: 'text', required: true, index: true, label: { ar: 'النوع', en: 'Type' } },
    {
      name: 'sessionId',
      type: 'text',
      index: true,
      label: { ar: 'جلسة الدفع (Checkout Session)', en: 'Checkout Session' },
    },
    {
      name: 'paymentIntentId',
      type: 'text',
      index: true,
      label: { ar: 'عملية الدفع (PaymentIntent)', en: 'PaymentIntent' },
    },
    {
      name: 'outcome',
      type: 'select',
      options: optionsOf(DONATION_STATUSES),
      label: { ar: 'ما يعنيه للتبرع', en: 'What it means for the donation' },
      admin: { description: { ar: 'فارغ: إشعار لا يخصنا', en: 'Empty: an event we ignore' } },
    },
    {
      name: 'refundedAmount',
      type: 'number',
      label: { ar: 'المبلغ المسترد (بالسنت)', en: 'Refunded (cents)' },
    },
    {
      name: 'donation',
      type: 'relationship',
      relationTo: 'donations',
      index: true,
      label: { ar: 'التبرع', en: 'Donation' },
    },
  ],
}
