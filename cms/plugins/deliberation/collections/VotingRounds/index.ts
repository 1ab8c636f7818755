import type { CollectionConfig, FieldHook, Where } from 'payload'

import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { formatAdminDate } from '@fazaa/shared/i18n/locales'

import { ROUND_STATUSES } from '@fazaa/shared/domain/vocabulary'
import { TIE_REASON_MIN_CHARACTERS } from '@fazaa/shared/rules/votingRound'
import { isActive } from '../../../../access/isActive'
import { isAdmin } from '../../../../access/isAdmin'
import { nobody } from '../../../../access/nobody'
import { localeOfRequest } from '../../../../lib/localeOfRequest'
import { optionsOf } from '../../../../lib/options'
import { queueRoundResultMail } from '../../../mail/hooks/queueRoundResultMail'
import { enforceRoundRules } from './hooks/enforceRoundRules'
import { syncRoundWindowToProposals } from './hooks/syncRoundWindowToProposals'

export const VOTING_ROUNDS = 'voting-rounds'

/** A round no one named is called after its close, in the language it is saved in. */
const nameAfterItsClose: FieldHook = ({ value, siblingData, req }) => {
  if (typeof value === 'string' && value.trim()) return value
  const closesAt = siblingData?.closesAt as string | undefined
  if (!closesAt) return value
  const locale = localeOfRequest(req)
  const when = formatAdminDate(new Date(closesAt).toISOString(), locale, {
    withTime: true,
    timeZone: DEFAULT_TIME_ZONE,
  })
  return locale === 'ar' ? `جولة تُغلق ${when}` : `Round closing ${when}`
}

/** A figure the close writes, never typed: read-only for everyone, set by the job alone. */
const closeFigure = (name: string, label: { ar: string; en: string }) => ({
  name,
  type: 'number' as const,
  label,
  admin: { readOnly: true },
  access: { create: nobody, update: nobody },
})

/**
 * The proposals put to the members together, in one window, decided together when it closes:
 * the close job (closeVotingRounds) tallies them, checks the quorum, extends the round once if it
 * was missed, and records the outcome; a tie waits here for the management's decision.
 */
export const VotingRounds: CollectionConfig = {
  slug: VOTING_ROUNDS,
  labels: {
    singular: { ar: 'جولة تصويت', en: 'Voting round' },
    plural: { ar: 'جولات التصويت', en: 'Voting rounds' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'opensAt', 'closesAt', 'status', 'voters', 'needed'],
    group: { ar: 'القرار الجماعي', en: 'Deciding together' },
    description: {
      ar: 'تُحسم الجولة وحدها عند إغلاقها: بالنصاب والأصوات. إن لم يكتمل النصاب تُمدَّد مرة واحدة، وإن تعادل مقترحان تقرر الإدارة هنا مع سبب يقرؤه الأعضاء.',
      en: 'A round decides itself at its close, by quorum and votes. A missed quorum extends it once; on a tie the management decides here, with a reason members read.',
    },
  },
  defaultSort: '-closesAt',
  // One round per window: proposals given the same window share it (held against races).
  indexes: [{ fields: ['opensAt', 'closesAt'], unique: true }],
  access: {
    // Members read the outcome and turnout; ballots are never here, only totals.
    read: isActive,
    create: isAdmin,
    update: isAdmin,
    delete: nobody,
  },
  hooks: {
    beforeChange: [enforceRoundRules],
    // The result's mail is the mail feature's; its template lives with the others.
    afterChange: [syncRoundWindowToProposals, queueRoundResultMail],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      maxLength: 120,
      label: { ar: 'الاسم', en: 'Name' },
      admin: {
        description: {
          ar: 'فارغ: يُسمّى بموعد إغلاقه.',
          en: 'Empty: named after its close.',
        },
      },
      hooks: { beforeValidate: [nameAfterItsClose] },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'opensAt',
          type: 'date',
          required: true,
          label: { ar: 'تُفتح', en: 'Opens' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'closesAt',
          type: 'date',
          required: true,
          index: true,
          label: { ar: 'تُغلق', en: 'Closes' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'quorumPercent',
      type: 'number',
      min: 1,
      max: 100,
      label: { ar: 'النصاب (٪ من الأعضاء الفاعلين)', en: 'Quorum (% of active members)' },
      admin: {
        description: {
          ar: 'فارغ: ثلث الأعضاء الفاعلين. يتغير قبل فتح الجولة فقط.',
          en: 'Empty: a third of the active members. Changes only before the round opens.',
        },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: optionsOf(ROUND_STATUSES),
      label: { ar: 'الحالة', en: 'Status' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: nobody, update: nobody },
    },
    {
      // Not stored: the totals are counted from the votes each time (never a ballot).
      name: 'results',
      type: 'ui',
      label: { ar: 'النتائج', en: 'Results' },
      admin: {
        components: { Field: '/plugins/deliberation/components/RoundResults#RoundResults' },
      },
    },
    {
      type: 'collapsible',
      label: { ar: 'النتيجة عند الإغلاق', en: 'The result at the close' },
      admin: {
        description: {
          ar: 'من المجاميع وحدها؛ لا يظهر هنا صوت أي عضو.',
          en: "From totals alone; no member's ballot appears here.",
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            closeFigure('eligible', { ar: 'الأعضاء الفاعلون', en: 'Active members' }),
            closeFigure('voters', { ar: 'صوّتوا', en: 'Voted' }),
            closeFigure('needed', { ar: 'النصاب المطلوب', en: 'Quorum needed' }),
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'closedAt',
              type: 'date',
              label: { ar: 'أُغلقت', en: 'Closed' },
              admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
              access: { create: nobody, update: nobody },
            },
            {
              name: 'extendedFrom',
              type: 'date',
              label: { ar: 'مُدّدت من موعد', en: 'Extended from' },
              admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
              access: { create: nobody, update: nobody },
            },
          ],
        },
        {
          name: 'tiedProposals',
          type: 'relationship',
          relationTo: 'proposals',
          hasMany: true,
          label: { ar: 'المقترحات المتعادلة', en: 'Tied proposals' },
          admin: { readOnly: true },
          access: { create: nobody, update: nobody },
        },
        {
          name: 'winner',
          type: 'relationship',
          relationTo: 'proposals',
          label: { ar: 'المقترح الفائز', en: 'Winning proposal' },
          admin: {
            description: {
              ar: 'تملؤه الجولة عند إغلاقها. عند التعادل وحده تختاره الإدارة من المقترحات المتعادلة.',
              en: 'The round fills it at its close. Only on a tie does the management choose it, among the tied proposals.',
            },
          },
          // The picker offers the tied proposals; the close picks among the round's own.
          filterOptions: ({ id, data }): Where => {
            const tied = ((data?.tiedProposals as unknown[]) ?? []).map(String)
            return tied.length ? { id: { in: tied } } : { round: { equals: id } }
          },
        },
        {
          name: 'decisionReason',
          type: 'textarea',
          maxLength: 1000,
          label: { ar: 'سبب قرار الإدارة', en: "The management's reason" },
          admin: {
            description: {
              ar: `عند التعادل: لماذا اختارت الإدارة هذا المقترح (${TIE_REASON_MIN_CHARACTERS} أحرف على الأقل). يقرؤه الأعضاء مع النتيجة.`,
              en: `On a tie: why the management chose this proposal (at least ${TIE_REASON_MIN_CHARACTERS} characters). Members read it with the result.`,
            },
          },
        },
        {
          name: 'decidedBy',
          type: 'relationship',
          relationTo: 'members',
          label: { ar: 'قررها', en: 'Decided by' },
          admin: { readOnly: true },
          access: { create: nobody, update: nobody },
        },
        {
          name: 'campaign',
          type: 'relationship',
          relationTo: 'campaigns',
          label: { ar: 'مسودة الحملة', en: 'Campaign draft' },
          admin: { readOnly: true },
          access: { create: nobody, update: nobody },
        },
      ],
    },
  ],
}
