import type { Access, CollectionConfig } from 'payload'

import {
  MEETING_DUTIES,
  MEETING_KINDS,
  MEETING_STATUSES,
  MEETING_VISIBILITIES,
  SECTORS,
  SEGMENT_KINDS,
} from '@fazaa/shared/domain/vocabulary'
import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { isAdmin } from '../../access/isAdmin'
import { isActiveMember } from '../../access/roles'
import { nobody } from '../../access/nobody'
import { optionsOf } from '../../lib/options'
import { SUPPORTED_TIME_ZONES } from '../../lib/timeZones'
import { createCompanionMeetings } from './hooks/createCompanionMeetings'
import { enforceBigSundayAgenda } from './hooks/enforceBigSundayAgenda'
import { enforceMeetingHeld } from './hooks/enforceMeetingHeld'
import { enforceMeetingRules } from './hooks/enforceMeetingRules'
import { suggestBigSundayAgenda } from './hooks/suggestBigSundayAgenda'

/** Active members and admins: every meeting; everyone else: a filter to public ones. */
const readMeetings: Access = ({ req: { user } }) =>
  isActiveMember(user) ? true : { visibility: { equals: 'public' } }

/** The Big Sunday Meeting and the fellowship's other formats. */
export const Meetings: CollectionConfig = {
  slug: 'meetings',
  labels: {
    singular: { ar: 'لقاء', en: 'Meeting' },
    plural: { ar: 'اللقاءات', en: 'Meetings' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'status'],
    group: { ar: 'اللقاءات', en: 'Meetings' },
  },
  defaultSort: '-startsAt',
  access: { read: readMeetings, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    // The calendar's rules, then the suggested agenda filled in, then the agenda's rule; last,
    // whether it may be marked held (which sends the digest).
    beforeChange: [
      enforceMeetingRules,
      suggestBigSundayAgenda,
      enforceBigSundayAgenda,
      enforceMeetingHeld,
    ],
    afterChange: [createCompanionMeetings],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { ar: 'العنوان', en: 'Title' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'big-sunday',
          index: true,
          options: optionsOf(MEETING_KINDS),
          label: { ar: 'النوع', en: 'Kind' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'planned',
          options: optionsOf(MEETING_STATUSES),
          label: { ar: 'الحالة', en: 'Status' },
        },
        {
          name: 'visibility',
          type: 'select',
          required: true,
          defaultValue: 'public',
          options: optionsOf(MEETING_VISIBILITIES),
          label: { ar: 'الظهور', en: 'Visibility' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: { ar: 'يبدأ', en: 'Starts' },
          timezone: {
            defaultTimezone: DEFAULT_TIME_ZONE,
            supportedTimezones: SUPPORTED_TIME_ZONES,
            required: true,
            // Payload names its zone field after ours ("Starts At_tz" in the list's columns):
            // named in both languages, and left out of the columns, where the time shows in it.
            override: ({ baseField }) => ({
              ...baseField,
              label: { ar: 'المنطقة الزمنية', en: 'Time zone' },
              admin: { ...baseField.admin, disableListColumn: true },
            }),
          },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'durationMinutes',
          type: 'number',
          defaultValue: 90,
          min: 10,
          label: { ar: 'المدة (دقائق)', en: 'Duration (minutes)' },
        },
      ],
    },
    {
      name: 'month',
      type: 'text',
      index: true,
      label: { ar: 'الشهر', en: 'Month' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { ar: 'بتوقيت اللقاء', en: "In the meeting's time zone" },
      },
      access: { create: nobody, update: nobody },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'onlineLink',
          type: 'text',
          label: { ar: 'رابط اللقاء', en: 'Online link' },
          // The call link is for members: anonymous visitors never receive it.
          access: { read: ({ req: { user } }) => isActiveMember(user) },
        },
        { name: 'place', type: 'text', localized: true, label: { ar: 'المكان', en: 'Place' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'presenter',
          type: 'relationship',
          relationTo: 'members',
          label: { ar: 'المقدّم', en: 'Presenter' },
        },
        {
          name: 'interviewer',
          type: 'relationship',
          relationTo: 'members',
          label: { ar: 'المحاور', en: 'Interviewer' },
        },
        {
          name: 'guest',
          type: 'relationship',
          relationTo: 'guests',
          label: { ar: 'الضيف', en: 'Guest' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sector',
          type: 'select',
          options: optionsOf(SECTORS),
          label: { ar: 'القطاع (للصالونات)', en: 'Sector (salons)' },
          admin: { condition: (data) => data?.kind === 'salon' },
        },
        {
          name: 'committee',
          type: 'relationship',
          relationTo: 'committees',
          label: { ar: 'اللجنة (للقاء المفتوح)', en: 'Committee (open meetings)' },
          admin: { condition: (data) => data?.kind === 'open' || data?.kind === 'brainstorm' },
        },
        {
          name: 'bigSunday',
          type: 'relationship',
          relationTo: 'meetings',
          label: { ar: 'لقاء الأحد المرتبط', en: 'For Big Sunday Meeting' },
          admin: { condition: (data) => data?.kind === 'prep' || data?.kind === 'finishing' },
        },
      ],
    },
    {
      name: 'segments',
      type: 'array',
      label: { ar: 'الفقرات', en: 'Segments' },
      labels: {
        singular: { ar: 'فقرة', en: 'Segment' },
        plural: { ar: 'الفقرات', en: 'Segments' },
      },
      admin: {
        description: {
          ar: 'للقاء الأحد الكبير: تُملأ تلقائياً بالترتيب الثابت إن تُركت فارغة',
          en: 'For the Big Sunday Meeting: filled in the fixed order when left empty',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              options: optionsOf(SEGMENT_KINDS),
              label: { ar: 'الفقرة', en: 'Segment' },
            },
            {
              name: 'minutes',
              type: 'number',
              min: 1,
              label: { ar: 'الدقائق', en: 'Minutes' },
            },
          ],
        },
        { name: 'title', type: 'text', localized: true, label: { ar: 'العنوان', en: 'Title' } },
        {
          name: 'members',
          type: 'relationship',
          relationTo: 'members',
          hasMany: true,
          label: { ar: 'الأعضاء المسؤولون أو المعرّفون', en: 'Responsible or introduced members' },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'guest',
              type: 'relationship',
              relationTo: 'guests',
              label: { ar: 'الضيف', en: 'Guest' },
            },
            {
              name: 'campaign',
              type: 'relationship',
              relationTo: 'campaigns',
              label: { ar: 'الحملة', en: 'Campaign' },
            },
          ],
        },
        { name: 'notes', type: 'textarea', localized: true, label: { ar: 'ملاحظات', en: 'Notes' } },
      ],
    },
    {
      name: 'duties',
      type: 'array',
      label: { ar: 'مهام الإدارة قبل اللقاء', en: "The management's duties before the meeting" },
      labels: {
        singular: { ar: 'مهمة', en: 'Duty' },
        plural: { ar: 'المهام', en: 'Duties' },
      },
      admin: {
        condition: (data) => data?.kind === 'big-sunday',
        description: {
          ar: 'تُملأ عند إنشاء اللقاء؛ علّم ما أُنجز ويُحفظ من أنجزه',
          en: 'Filled in when the meeting is created; tick what is done and who did it is kept',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'duty',
              type: 'select',
              required: true,
              options: optionsOf(MEETING_DUTIES),
              label: { ar: 'المهمة', en: 'Duty' },
            },
            {
              name: 'done',
              type: 'checkbox',
              defaultValue: false,
              label: { ar: 'أُنجزت', en: 'Done' },
            },
            {
              name: 'doneBy',
              type: 'relationship',
              relationTo: 'members',
              label: { ar: 'أنجزها', en: 'Done by' },
            },
          ],
        },
        { name: 'note', type: 'text', label: { ar: 'ملاحظة', en: 'Note' } },
      ],
    },
    {
      name: 'summary',
      type: 'richText',
      localized: true,
      label: { ar: 'الملخص', en: 'Summary' },
      admin: {
        description: {
          ar: 'يُرسل في موجز اللقاء حين تصير حالته «انعقد»',
          en: "Sent in the meeting's digest when its status becomes Held",
        },
      },
    },
    { name: 'recordingLink', type: 'text', label: { ar: 'رابط التسجيل', en: 'Recording' } },
  ],
}
