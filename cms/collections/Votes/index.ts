import type { CollectionConfig } from 'payload'

import { VOTE_CHOICES } from '@fazaa/shared/domain/vocabulary'
import { adminOrOwner } from '../../access/adminOrOwner'
import { isAdmin } from '../../access/isAdmin'
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
    defaultColumns: ['proposal', 'member', 'castAt'],
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
      admin: { readOnly: true },
      // Always the signed-in member, set by the hook: never taken from the request body.
      access: { create: nobody, update: nobody },
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
      name: 'castAt',
      type: 'date',
      label: { ar: 'وقت التصويت', en: 'Cast at' },
      admin: { readOnly: true },
      access: { create: nobody, update: nobody },
    },
  ],
}
