import type { CollectionConfig } from 'payload'

import { DELIVERY_STATUSES, MAIL_KINDS } from '@fazaa/shared/domain/vocabulary'
import { isAdmin } from '../../../access/isAdmin'
import { optionsOf } from '../../../lib/options'

/**
 * One email to one member for one occasion (a meeting's digest, a vote's reminder...). The `key`
 * (`digest:<meeting>:<member>`) is unique: an occasion is queued once, and a delivery is claimed
 * by one sender at a time, so a job that runs twice or restarts after a crash sends nothing
 * twice. Temporary SMTP refusals wait and retry with a growing pause; permanent ones are kept
 * with the server's answer for the admins to see.
 */
export const MailDeliveries: CollectionConfig = {
  slug: 'mail-deliveries',
  labels: {
    singular: { ar: 'رسالة بريد', en: 'Email delivery' },
    plural: { ar: 'رسائل البريد', en: 'Email deliveries' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['kind', 'member', 'status', 'attempts', 'sentAt', 'lastError'],
    group: { ar: 'اللقاءات', en: 'Meetings' },
  },
  defaultSort: '-createdAt',
  // Admins follow deliveries; only the platform writes them.
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      label: { ar: 'المفتاح', en: 'Key' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: optionsOf(MAIL_KINDS),
          label: { ar: 'النوع', en: 'Kind' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: optionsOf(DELIVERY_STATUSES),
          label: { ar: 'الحالة', en: 'Status' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'member',
          type: 'relationship',
          relationTo: 'members',
          required: true,
          index: true,
          label: { ar: 'العضو', en: 'Member' },
        },
        {
          name: 'meeting',
          type: 'relationship',
          relationTo: 'meetings',
          index: true,
          label: { ar: 'اللقاء', en: 'Meeting' },
        },
      ],
    },
    {
      name: 'subjectId',
      type: 'number',
      label: { ar: 'معرّف المناسبة', en: 'Occasion id' },
      admin: { description: 'Proposal or committee id for reminders' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'attempts',
          type: 'number',
          defaultValue: 0,
          label: { ar: 'المحاولات', en: 'Attempts' },
        },
        {
          name: 'nextAttemptAt',
          type: 'date',
          index: true,
          label: { ar: 'المحاولة التالية', en: 'Next attempt' },
        },
        { name: 'claimedAt', type: 'date', label: { ar: 'بدأ الإرسال', en: 'Claimed at' } },
        { name: 'sentAt', type: 'date', label: { ar: 'أُرسل في', en: 'Sent at' } },
      ],
    },
    {
      name: 'messageId',
      type: 'text',
      label: { ar: 'معرّف الرسالة (Message-ID)', en: 'Message-ID' },
    },
    { name: 'lastError', type: 'textarea', label: { ar: 'آخر خطأ', en: 'Last error' } },
  ],
}
