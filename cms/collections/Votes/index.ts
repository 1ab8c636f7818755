import type { CollectionConfig } from 'payload'

import { VOTE_CHOICES, VOTE_RECORDED_HOW } from '@fazaa/shared/domain/vocabulary'
import { adminOrOwner } from '../../access/adminOrOwner'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { ownBallot, ownBallotChoice } from '../../access/ownBallot'
import { isSignedIn } from '../../access/isSignedIn'
import { nobody } from '../../access/nobody'
import { optionsOf } from '../../lib/options'
import { enforceVoteRules } from './hooks/enforceVoteRules'

/** One member's vote on one proposal; private to that member. */
export const Votes: CollectionConfig = {
  slug: 'votes',
  labels: {
    singular: { ar: 'صوت', en: 'Vote' },
    plural: { ar: 'الأصوات', en: 'Votes' },
  },
  admin: {
    // Who voted and when; never how (the choice is the member's alone).
    defaultColumns: ['proposal', 'member', 'castAt', 'recordedBy'],
    group: { ar: 'القرار الجماعي', en: 'Deciding together' },
  },
  // One vote per member per proposal, held by the database against concurrent submissions.
  indexes: [{ fields: ['proposal', 'member'], unique: true }],
  access: {
    read: adminOrOwner('member'),
    // The workflow hook checks status, window and ownership and names the rule when it refuses.
    create: isSignedIn,
    update: ownBallot,
    delete: isAdmin,
  },
  hooks: { beforeChange: [enforceVoteRules] },
  fields: [
    {
      name: 'proposal',
      type: 'relationship',
      relationTo: 'proposals',
      required: true,
      label: { ar: 'المقترح', en: 'Proposal' },
      access: { update: nobody },
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
      label: { ar: 'العضو', en: 'Member' },
      admin: {
        description: {
          ar: 'العضو الذي صوّت بالهاتف أو برفع اليد في اللقاء؛ يُخبَر ويستطيع تغيير صوته حتى الإغلاق.',
          en: 'The member who voted by phone or by show of hands in the meeting; they are told, and may change it until the close.',
        },
      },
      // A member always votes as themselves (the hook says so); only the management records a
      // vote on another member's behalf, and it is marked as such.
      access: { create: isAdminField, update: nobody },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'recordedHow',
          type: 'select',
          options: optionsOf(VOTE_RECORDED_HOW),
          label: { ar: 'كيف أُخذ الصوت', en: 'How the vote was taken' },
          admin: {
            description: {
              ar: 'حين تسجّل صوت عضو نيابةً عنه.',
              en: "When you record a member's vote on their behalf.",
            },
          },
          access: { create: isAdminField, update: nobody },
        },
        {
          name: 'recordedBy',
          type: 'relationship',
          relationTo: 'members',
          label: { ar: 'سجّله', en: 'Recorded by' },
          admin: { readOnly: true },
          // Set by the hook to the admin who recorded it; cleared when the member changes it.
          access: { create: nobody, update: nobody },
        },
      ],
    },
    {
      name: 'choice',
      type: 'select',
      required: true,
      options: optionsOf(VOTE_CHOICES),
      label: { ar: 'الخيار', en: 'Choice' },
      access: { read: ownBallotChoice },
    },
    {
      // The choice an admin heard by phone or saw in the meeting. Its own field, never stored
      // (the hook moves it into `choice`), because `choice` is unreadable to the management, so
      // that neither a query nor a filter ever tells how anyone voted.
      name: 'recordedChoice',
      type: 'select',
      virtual: true,
      options: optionsOf(VOTE_CHOICES),
      label: { ar: 'الخيار الذي سمعته أو رأيته', en: 'The choice you heard or saw' },
      // Payload makes virtual fields read-only in the admin unless told otherwise.
      admin: { readOnly: false, condition: (data) => data?.id == null },
      access: { read: isAdminField, create: isAdminField, update: nobody },
    },
    {
      name: 'castAt',
      type: 'date',
      label: { ar: 'وقت التصويت', en: 'Cast at' },
      admin: { readOnly: true },
      access: { create: nobody, update: nobody },
    },
  ],
}
