import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'

/**
 * How people give: the amounts the donate form suggests, and the bank details shown beside it
 * (and instead of it, when online giving is not set up).
 */
export const Giving: GlobalConfig = {
  slug: 'giving',
  label: { ar: 'التبرع والحساب المصرفي', en: 'Giving and bank details' },
  admin: { group: { ar: 'الإعدادات', en: 'Settings' } },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      name: 'suggestedAmounts',
      type: 'number',
      hasMany: true,
      min: 1,
      defaultValue: [10, 25, 50, 100],
      label: { ar: 'المبالغ المقترحة (بالوحدات الكاملة)', en: 'Suggested amounts (whole units)' },
      admin: {
        description: {
          ar: 'تظهر أزراراً في نموذج التبرع بعملة الحملة، مثل 10 و25 و50 و100.',
          en: "Shown as choices on the donate form in the campaign's currency, e.g. 10, 25, 50, 100.",
        },
      },
    },
    {
      name: 'bank',
      type: 'group',
      label: { ar: 'الحساب المصرفي', en: 'Bank account' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'accountHolder',
              type: 'text',
              label: { ar: 'صاحب الحساب', en: 'Account holder' },
            },
            { name: 'bankName', type: 'text', label: { ar: 'المصرف', en: 'Bank' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'iban', type: 'text', label: 'IBAN' },
            { name: 'bic', type: 'text', label: 'BIC / SWIFT' },
          ],
        },
        {
          name: 'referenceHint',
          type: 'text',
          localized: true,
          label: { ar: 'ماذا يُكتب في البيان', en: 'What to write as the reference' },
        },
      ],
    },
    {
      name: 'otherWays',
      type: 'textarea',
      localized: true,
      label: { ar: 'طرق أخرى للتبرع', en: 'Other ways to give' },
    },
  ],
}
