import type { Access, AccessResult, CollectionConfig } from 'payload'

import { COMMITTEE_KINDS, COMMITTEE_STATUSES } from '@fazaa/shared/domain/vocabulary'
import { isActive } from '../../access/isActive'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { isActiveMember, isAdminUser } from '../../access/roles'
import { optionsOf } from '../../lib/options'
import * as clock from '@fazaa/shared/clock'
import { enforceCommitteeRules } from './hooks/enforceCommitteeRules'
import { dissolveCompletedCommittee } from './hooks/dissolveCompletedCommittee'
import { committeeSeatLimit } from '@fazaa/shared/rules/committeeSize'
import { limitsOf } from '../../lib/configuredLimits'

/**
 * Admins change anything; the lead of a committee changes its members (picking helpers from the
 * offers), nothing else: every other field is the admins' (see `adminOnly`). The size, duration
 * and mix rules hold for the lead's changes as for anyone's.
 */
const updateCommittees: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return isActiveMember(user) ? { lead: { equals: user.id } } : false
}
const adminOnly = { update: isAdminField }

/** A flying committee (≤5, ≤2 months) or a brainstorm group (≤10): never permanent. */
export const Committees: CollectionConfig = {
  slug: 'committees',
  labels: {
    singular: { ar: 'لجنة', en: 'Committee' },
    plural: { ar: 'اللجان', en: 'Committees' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'status', 'startDate', 'endDate'],
    group: { ar: 'القرار الجماعي', en: 'Deciding together' },
  },
  access: {
    read: isActive,
    create: isAdmin,
    update: updateCommittees,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [enforceCommitteeRules],
    afterChange: [dissolveCompletedCommittee],
  },
  fields: [
    {
      name: 'name',
      access: adminOnly,
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
          access: adminOnly,
          type: 'select',
          required: true,
          defaultValue: 'flying',
          options: optionsOf(COMMITTEE_KINDS),
          label: { ar: 'النوع', en: 'Kind' },
        },
        {
          name: 'status',
          access: adminOnly,
          type: 'select',
          required: true,
          defaultValue: 'forming',
          index: true,
          options: optionsOf(COMMITTEE_STATUSES),
          label: { ar: 'الحالة', en: 'Status' },
        },
      ],
    },
    {
      name: 'purpose',
      access: adminOnly,
      type: 'textarea',
      localized: true,
      label: { ar: 'الهدف أو الموضوع', en: 'Purpose or topic' },
    },
    {
      name: 'lead',
      access: adminOnly,
      type: 'relationship',
      relationTo: 'members',
      label: { ar: 'المسؤول', en: 'Lead' },
    },
    {
      name: 'members',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      label: { ar: 'الأعضاء', en: 'Members' },
      admin: {
        description: {
          ar: 'يُضاف المسؤول إليهم تلقائياً؛ لا حاجة إلى اختياره مرتين.',
          en: 'The lead is added to them on saving; no need to choose them twice.',
        },
        // Under the picker: each chosen person's status, past service, sectors, other committees.
        components: {
          Field: '/collections/Committees/components/CommitteeMembersField#CommitteeMembersField',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          access: adminOnly,
          type: 'date',
          required: true,
          defaultValue: () => clock.now().toISOString(),
          label: { ar: 'البدء', en: 'Start' },
        },
        {
          name: 'endDate',
          access: adminOnly,
          type: 'date',
          // No permanent committees: the end date is required in the database too.
          required: true,
          index: true,
          label: { ar: 'الانتهاء', en: 'End' },
        },
      ],
    },
    {
      name: 'campaign',
      access: adminOnly,
      type: 'relationship',
      relationTo: 'campaigns',
      label: { ar: 'الحملة', en: 'Campaign' },
    },
    {
      name: 'seatLimit',
      type: 'number',
      // Shown on a new committee's form before its first save (a flying committee's, the default
      // kind); the save writes it from the kind chosen.
      defaultValue: ({ req }) => committeeSeatLimit('flying', limitsOf(req.payload.config)),
      label: { ar: 'أقصى عدد للأعضاء', en: 'Seat limit' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          ar: 'من إعدادات الأخوية؛ تتحقق منه قاعدة البيانات أيضاً',
          en: "From the fellowship's configuration; the database checks it too",
        },
      },
      access: { create: nobody, update: nobody },
    },
  ],
}
