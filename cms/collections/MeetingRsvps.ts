import type { Access, AccessResult, CollectionConfig } from 'payload'

import { isActive } from '../access/isActive'
import { isAdminUser } from '../access/roles'
import { claimForSignedInMember } from '../hooks/claimForSignedInMember'

/** Admins: all (to plan the meeting); a member: their own answers. */
const ownOrAdmin: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { member: { equals: user.id } }
}

/** "Will you come?": one answer per member per meeting, changeable until the meeting. */
export const MeetingRsvps: CollectionConfig = {
  slug: 'meeting-rsvps',
  labels: {
    singular: { ar: 'ردّ على دعوة', en: 'RSVP' },
    plural: { ar: 'الردود على الدعوات', en: 'RSVPs' },
  },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['meeting', 'member', 'answer'],
    group: { ar: 'اللقاءات', en: 'Meetings' },
  },
  access: { read: ownOrAdmin, create: isActive, update: ownOrAdmin, delete: ownOrAdmin },
  hooks: { beforeChange: [claimForSignedInMember] },
  fields: [
    {
      name: 'meeting',
      type: 'relationship',
      relationTo: 'meetings',
      required: true,
      index: true,
      label: { ar: 'اللقاء', en: 'Meeting' },
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
      label: { ar: 'العضو', en: 'Member' },
    },
    {
      name: 'answer',
      type: 'select',
      required: true,
      options: [
        { value: 'yes', label: { ar: 'سأحضر', en: 'Coming' } },
        { value: 'no', label: { ar: 'لن أحضر', en: 'Not coming' } },
      ],
      label: { ar: 'الرد', en: 'Answer' },
    },
  ],
}
