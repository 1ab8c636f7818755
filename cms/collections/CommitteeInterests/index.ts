import type { Access, AccessResult, CollectionConfig } from 'payload'

import { isActive } from '../../access/isActive'
import { isAdminUser } from '../../access/roles'
import { claimForSignedInMember } from '../../hooks/claimForSignedInMember'
import { refuseHelpForCompletedCommittee } from './hooks/refuseHelpForCompletedCommittee'

/**
 * Admins: all. A member: the interest they expressed, and the interest in committees they lead
 * (the lead picks helpers from it). Nobody else learns who offered to help.
 */
const readInterests: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { or: [{ member: { equals: user.id } }, { 'committee.lead': { equals: user.id } }] }
}

/** "I'd like to help": a member offers to serve on a forming committee; the lead decides. */
export const CommitteeInterests: CollectionConfig = {
  slug: 'committee-interests',
  labels: {
    singular: { ar: 'عرض مساعدة', en: 'Offer to help' },
    plural: { ar: 'عروض المساعدة', en: 'Offers to help' },
  },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['committee', 'member', 'createdAt'],
    group: { ar: 'القرار الجماعي', en: 'Deciding together' },
  },
  access: {
    read: readInterests,
    create: isActive,
    update: ({ req: { user } }) => isAdminUser(user),
    delete: ({ req: { user } }): AccessResult => {
      if (!user) return false
      if (isAdminUser(user)) return true
      return { member: { equals: user.id } }
    },
  },
  hooks: { beforeChange: [claimForSignedInMember, refuseHelpForCompletedCommittee] },
  fields: [
    {
      name: 'committee',
      type: 'relationship',
      relationTo: 'committees',
      required: true,
      index: true,
      label: { ar: 'اللجنة', en: 'Committee' },
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
      name: 'message',
      type: 'textarea',
      maxLength: 1000,
      label: { ar: 'رسالة إلى المسؤول', en: 'Message to the lead' },
    },
  ],
}
