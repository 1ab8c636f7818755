import type { Access, AccessResult, CollectionConfig } from 'payload'

import { PROPOSAL_STATUSES, SECTORS } from '@fazaa/shared/domain/vocabulary'
import { isActive } from '../../access/isActive'
import { isAdminField } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { isActiveMember, isAdminUser } from '../../access/roles'
import { moneyField } from '../../fields/money'
import { optionsOf } from '../../lib/options'
import { requireTextInSomeLanguage } from '../../hooks/requireTextInSomeLanguage'
import { enforceProposalWorkflow } from './hooks/enforceProposalWorkflow'
import { PROPOSAL_LIMITS } from '@fazaa/shared/rules/limits'

/**
 * Admins: all. Active members: every proposal past draft, and their own drafts. Others signed
 * in: their own. Anonymous: nothing; proposals are the fellowship's internal debate.
 */
const readProposals: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (isAdminUser(user)) return true
  if (!isActiveMember(user)) return { proposer: { equals: user.id } }
  return { or: [{ proposer: { equals: user.id } }, { status: { not_equals: 'draft' } }] }
}

/** Admins: all; a member: their own proposals (the workflow hook checks which moves). */
const updateProposals: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { proposer: { equals: user.id } }
}

/** A member's idea for the month's small project, discussed, then put to the vote. */
export const Proposals: CollectionConfig = {
  slug: 'proposals',
  labels: {
    singular: { ar: 'مقترح', en: 'Proposal' },
    plural: { ar: 'المقترحات', en: 'Proposals' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'proposer', 'status', 'votingClosesAt'],
    group: { ar: 'القرار الجماعي', en: 'Deciding together' },
  },
  access: {
    read: readProposals,
    create: isActive,
    update: updateProposals,
    delete: ({ req: { user } }): AccessResult => {
      if (!user) return false
      if (isAdminUser(user)) return true
      return { and: [{ proposer: { equals: user.id } }, { status: { equals: 'draft' } }] }
    },
  },
  hooks: {
    // Written in one language, it reads in both until someone translates it in the admin.
    beforeChange: [
      requireTextInSomeLanguage('proposals', ['title', 'summary']),
      enforceProposalWorkflow,
    ],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: PROPOSAL_LIMITS.title,
      label: { ar: 'العنوان', en: 'Title' },
      admin: { components: { afterInput: ['/components/OtherLanguageText#OtherLanguageText'] } },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: PROPOSAL_LIMITS.summary,
      label: { ar: 'ملخص', en: 'Summary' },
      admin: { components: { afterInput: ['/components/OtherLanguageText#OtherLanguageText'] } },
    },
    { name: 'body', type: 'richText', localized: true, label: { ar: 'التفاصيل', en: 'Details' } },
    {
      type: 'row',
      fields: [
        {
          name: 'proposer',
          type: 'relationship',
          relationTo: 'members',
          index: true,
          label: { ar: 'صاحب المقترح', en: 'Proposer' },
          admin: { readOnly: true },
          // Always the signed-in member (set by the workflow hook), never taken from the request.
          access: { create: isAdminField, update: nobody },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          index: true,
          options: optionsOf(PROPOSAL_STATUSES),
          label: { ar: 'الحالة', en: 'Status' },
          admin: {
            description: {
              ar: 'تعرض القائمة المراحل التي ينتقل إليها المقترح من مرحلته المحفوظة فقط.',
              en: 'The list offers only the stages the proposal may move to from its saved one.',
            },
            components: {
              Field: '/collections/Proposals/components/ProposalStatusField#ProposalStatusField',
            },
          },
        },
      ],
    },
    moneyField({
      name: 'estimatedBudget',
      label: { ar: 'الميزانية التقديرية', en: 'Estimated budget' },
    }),
    {
      name: 'estimatedDurationWeeks',
      type: 'number',
      min: 1,
      label: { ar: 'المدة التقديرية (أسابيع)', en: 'Estimated duration (weeks)' },
    },
    {
      name: 'sectors',
      type: 'select',
      hasMany: true,
      options: optionsOf(SECTORS),
      label: { ar: 'القطاعات', en: 'Sectors' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'votingOpensAt',
          type: 'date',
          label: { ar: 'يبدأ التصويت', en: 'Voting opens' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          access: { create: isAdminField, update: isAdminField },
        },
        {
          name: 'votingClosesAt',
          type: 'date',
          index: true,
          label: { ar: 'يُغلق التصويت', en: 'Voting closes' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          access: { create: isAdminField, update: isAdminField },
        },
      ],
    },
    {
      name: 'submittedAt',
      type: 'date',
      label: { ar: 'تاريخ التقديم', en: 'Submitted' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: nobody, update: nobody },
    },
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: 'campaigns',
      label: { ar: 'الحملة الناتجة', en: 'Resulting campaign' },
      admin: { position: 'sidebar' },
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
