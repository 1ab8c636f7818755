import type { CollectionConfig, FieldAccess } from 'payload'

import { DONATION_METHODS, DONATION_STATUSES } from '../../shared/domain/vocabulary'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { publishedOrAdmin } from '../access/publishedOrAdmin'
import { isAdminUser } from '../access/roles'
import { amountAndCurrency } from '../fields/money'
import { optionsOf } from '../lib/options'
import type { Donation } from '../payload-types'

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
  fields: [
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: 'campaigns',
      required: true,
      index: true,
      label: { ar: 'الحملة', en: 'Campaign' },
    },
    amountAndCurrency({ required: true }),
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
          defaultValue: 'pending',
          index: true,
          options: optionsOf(DONATION_STATUSES),
          label: { ar: 'الحالة', en: 'Status' },
        },
      ],
    },
    {
      name: 'stripeSessionId',
      type: 'text',
      // One donation per Stripe Checkout Session, held by the database.
      unique: true,
      label: { ar: 'معرّف جلسة Stripe', en: 'Stripe Checkout Session id' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { read: isAdminField },
    },
    {
      name: 'anonymous',
      type: 'checkbox',
      defaultValue: true,
      label: { ar: 'تبرع دون ذكر الاسم', en: 'Anonymous on public pages' },
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
      defaultValue: () => new Date().toISOString(),
      index: true,
      label: { ar: 'تاريخ الاستلام', en: 'Received' },
    },
  ],
}
