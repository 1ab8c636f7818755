import type { AccessResult, CollectionConfig, Where } from 'payload'

import { EXPENSE_STATUSES } from '@fazaa/shared/domain/vocabulary'
import { adminOrCampaignLead } from '../../access/campaignLead'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { idOf, isAdminUser } from '../../access/roles'
import { amountAndCurrency } from '../../fields/money'
import { optionsOf } from '../../lib/options'
import { requireTextInSomeLanguage } from '../../hooks/requireTextInSomeLanguage'
import { EXPENSE_LIMITS } from '@fazaa/shared/rules/limits'
import { claimFileForCampaign } from '../../hooks/claimFileForCampaign'
import { enforceCampaignCurrency } from '../../hooks/enforceCampaignCurrency'
import { enforceExpenseApproval } from './hooks/enforceExpenseApproval'

/** Money out, each with its receipt; approved by an admin who did not submit it. */
export const Expenses: CollectionConfig = {
  slug: 'expenses',
  labels: {
    singular: { ar: 'مصروف', en: 'Expense' },
    plural: { ar: 'المصاريف', en: 'Expenses' },
  },
  admin: {
    useAsTitle: 'description',
    defaultColumns: ['description', 'campaign', 'amount', 'status', 'paidAt'],
    group: { ar: 'الحملات والمال', en: 'Campaigns and money' },
  },
  access: {
    // Approved expenses are public (transparency); the rest stays with admins and the submitter.
    read: ({ req: { user } }): AccessResult => {
      if (isAdminUser(user)) return true
      if (!user) return { status: { equals: 'approved' } }
      return { or: [{ status: { equals: 'approved' } }, { submittedBy: { equals: user.id } }] }
    },
    // The committee's lead submits from the portal; an admin other than the submitter approves.
    create: adminOrCampaignLead,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [
      // A line written in one language reads in both until someone translates it.
      requireTextInSomeLanguage('expenses', ['description']),
      enforceExpenseApproval,
      enforceCampaignCurrency('money-currency-of-campaign'),
    ],
    afterChange: [claimFileForCampaign('receipt', (expense) => expense.campaign)],
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
      name: 'description',
      type: 'text',
      localized: true,
      maxLength: EXPENSE_LIMITS.description,
      label: { ar: 'الوصف', en: 'Description' },
      admin: { components: { afterInput: ['/components/OtherLanguageText#OtherLanguageText'] } },
    },
    {
      type: 'row',
      fields: [
        { name: 'paidAt', type: 'date', label: { ar: 'تاريخ الدفع', en: 'Paid on' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'submitted',
          index: true,
          options: optionsOf(EXPENSE_STATUSES),
          label: { ar: 'الحالة', en: 'Status' },
          // A lead submits; only the management approves or rejects.
          access: { create: isAdminField },
        },
      ],
    },
    {
      name: 'rejectionReason',
      type: 'textarea',
      maxLength: 500,
      label: { ar: 'سبب الرفض', en: 'Why it is rejected' },
      admin: {
        condition: (data) => data?.status === 'rejected',
        description: {
          ar: 'يراه مسؤول اللجنة في صفحة مصاريفها.',
          en: "The committee's lead sees it on the committee's expenses page.",
        },
      },
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'receipt',
      type: 'upload',
      relationTo: 'media',
      label: { ar: 'الإيصال', en: 'Receipt' },
      // This campaign's files and new ones, never another campaign's (held on save too); before
      // a campaign is chosen, only files no campaign has claimed.
      filterOptions: ({ data }): Where =>
        data?.campaign
          ? {
              or: [{ campaign: { equals: idOf(data.campaign) } }, { campaign: { exists: false } }],
            }
          : { campaign: { exists: false } },
      admin: {
        description: {
          ar: 'تظهر ملفات هذه الحملة وحدها، وما رُفع ولم يُنسب بعد إلى حملة.',
          en: "Only this campaign's files are offered, and uploads not yet tied to a campaign.",
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'submittedBy',
          type: 'relationship',
          relationTo: 'members',
          label: { ar: 'قدّمه', en: 'Submitted by' },
          admin: { readOnly: true, description: { ar: 'يُملأ تلقائياً', en: 'Set automatically' } },
          access: { update: nobody },
        },
        {
          name: 'approvedBy',
          type: 'relationship',
          relationTo: 'members',
          label: { ar: 'وافق عليه', en: 'Approved by' },
          admin: { readOnly: true, description: { ar: 'يُملأ تلقائياً', en: 'Set automatically' } },
          access: { create: nobody, update: nobody },
        },
      ],
    },
  ],
}
