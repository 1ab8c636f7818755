import type { Access, AccessResult, CollectionConfig, TextFieldSingleValidation } from 'payload'

import { localeOfRequest } from '../../lib/localeOfRequest'
import { MEMBER_ROLES, MEMBER_STATUSES, SECTORS } from '@fazaa/shared/domain/vocabulary'
import { DEFAULT_LOCALE } from '@fazaa/shared/i18n/locales'
import { DEFAULT_TIME_ZONE, timeZoneOfCountry } from '@fazaa/shared/domain/timeZone'
import { adminOrSelf } from '../../access/adminOrSelf'
import { adminOrSelfField } from '../../access/adminOrSelfField'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { privateContact } from '../../access/privateContact'
import { dateTheAdmission } from './hooks/dateTheAdmission'
import { makeFirstMemberAdmin } from './hooks/makeFirstMemberAdmin'
import { endSessionsOfDeparted, refuseDepartedSignIn } from './hooks/membershipEnded'
import { guardCredentials } from './hooks/guardCredentials'
import { isActiveMember, isAdminUser } from '../../access/roles'
import { optionsOf } from '../../lib/options'
import * as clock from '@fazaa/shared/clock'
import { PROFILE_LIMITS } from '@fazaa/shared/rules/limits'
import { COUNTRY_CODES, countryName } from '@fazaa/shared/domain/countries'
import { LANGUAGE_CODES, languageName } from '@fazaa/shared/domain/languages'
import { indexForExpertiseSearch } from './hooks/indexForExpertiseSearch'
import { carryAcrossLanguages } from '../../hooks/carryAcrossLanguages'

/** Each code named in both languages, as the admin's select shows it. */
const namedOptions = (
  codes: readonly string[],
  name: (code: string, locale: 'ar' | 'en') => string,
) => codes.map((code) => ({ value: code, label: { ar: name(code, 'ar'), en: name(code, 'en') } }))

/**
 * Admins: every member. Active members: themselves and the directory (active members who opted
 * in). Applicants and paused members: themselves. Anonymous: nothing.
 */
const readMembers: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (isAdminUser(user)) return true
  if (!isActiveMember(user)) return { id: { equals: user.id } }
  return {
    or: [
      { id: { equals: user.id } },
      {
        and: [{ 'privacy.showInDirectory': { equals: true } }, { status: { equals: 'active' } }],
      },
    ],
  }
}

export const Members: CollectionConfig = {
  slug: 'members',
  labels: {
    singular: { ar: 'عضو', en: 'Member' },
    plural: { ar: 'الأعضاء', en: 'Members' },
  },
  auth: {
    // No lock after wrong passwords: it locked the account for its owner too, and anyone could
    // renew it forever (admins included). Guessing is throttled by client instead, with a
    // growing wait (cms/plugins/throttle).
    maxLoginAttempts: 0,
    // Reset mails are capped by the throttle (three a quarter hour to one address, ten an hour
    // from one client); Payload's own 15-second interval would let 60 an hour reach one inbox.
    forgotPassword: { minRequestInterval: 0 },
    tokenExpiration: 60 * 60 * 24 * 7,
    // Secure cookies whenever the admin is served over HTTPS; plain http://localhost still works.
    cookies: {
      sameSite: 'Lax',
      secure: (process.env.CMS_PUBLIC_URL ?? '').startsWith('https://'),
    },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'status', 'country', 'veteran'],
    group: { ar: 'الأخوية', en: 'Fellowship' },
  },
  access: {
    // Applications come through the portal's join form, which answers the same for an address
    // already known; a sign-up over the API answered a known address differently and told
    // strangers who belongs. Admins add members here; the form creates applicants itself.
    create: isAdmin,
    read: readMembers,
    update: adminOrSelf,
    delete: isAdmin,
    // Unlocking an account locked by wrong passwords is the management's: anyone else could
    // unlock an admin's account between guesses and try passwords for ever.
    unlock: isAdmin,
    admin: ({ req: { user } }) => isAdminUser(user),
  },
  hooks: {
    beforeValidate: [carryAcrossLanguages('members', ['name'])],
    beforeOperation: [guardCredentials],
    beforeChange: [
      makeFirstMemberAdmin,
      endSessionsOfDeparted,
      dateTheAdmission,
      indexForExpertiseSearch,
    ],
    beforeLogin: [refuseDepartedSignIn],
  },
  fields: [
    {
      // An applicant's screen leads with the decision: admit (which welcomes them by email).
      name: 'admit',
      type: 'ui',
      label: { ar: 'قبول الانتساب', en: 'Admit' },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.status === 'applicant',
        components: { Field: '/components/AdmitApplicant#AdmitApplicant' },
      },
    },
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      label: { ar: 'البريد الإلكتروني', en: 'Email' },
      access: { read: privateContact },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: PROFILE_LIMITS.name,
      label: { ar: 'الاسم المعروض', en: 'Display name' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'select',
          required: true,
          defaultValue: 'member',
          saveToJWT: true,
          options: optionsOf(MEMBER_ROLES),
          label: { ar: 'الدور', en: 'Role' },
          access: { create: isAdminField, update: isAdminField },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'applicant',
          index: true,
          saveToJWT: true,
          options: optionsOf(MEMBER_STATUSES),
          label: { ar: 'حالة العضوية', en: 'Membership status' },
          access: { create: isAdminField, update: isAdminField },
        },
      ],
    },
    {
      name: 'veteran',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { ar: 'خدم في لجنة منتهية', en: 'Veteran (served on a completed committee)' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          ar: 'يُحسب تلقائياً عند انتهاء لجنة كان فيها',
          en: 'Set by the platform when a committee they served on completes',
        },
      },
      access: { create: nobody, update: nobody },
    },
    {
      name: 'introductionDeclined',
      type: 'checkbox',
      defaultValue: false,
      label: {
        ar: 'اعتذر عن التعريف بنفسه في لقاء الأحد',
        en: 'Declined to introduce themselves at the Big Sunday Meeting',
      },
      admin: {
        position: 'sidebar',
        description: {
          ar: 'يتخطاه دور التعريف حتى يُلغى هذا',
          en: 'The introductions rotation skips them until this is cleared',
        },
      },
      access: { read: adminOrSelfField, create: isAdminField, update: isAdminField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'country',
          type: 'select',
          options: namedOptions(COUNTRY_CODES, countryName),
          label: { ar: 'بلد الإقامة', en: 'Country of residence' },
        },
        {
          name: 'city',
          type: 'text',
          maxLength: PROFILE_LIMITS.city,
          label: { ar: 'مدينة الإقامة', en: 'City of residence' },
          access: { read: privateContact },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'homeArea',
          type: 'text',
          label: { ar: 'البلدة أو القرية الأصلية', en: 'Home village or area' },
        },
        {
          name: 'phone',
          type: 'text',
          maxLength: PROFILE_LIMITS.phone,
          label: { ar: 'الهاتف / واتساب', en: 'Phone / WhatsApp' },
          access: { read: privateContact },
        },
      ],
    },
    {
      name: 'sectors',
      type: 'select',
      hasMany: true,
      options: optionsOf(SECTORS),
      label: { ar: 'القطاعات المهنية', en: 'Sectors' },
    },
    {
      name: 'skills',
      type: 'text',
      hasMany: true,
      maxRows: PROFILE_LIMITS.items,
      maxLength: PROFILE_LIMITS.item,
      label: { ar: 'المهارات', en: 'Skills' },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: namedOptions(LANGUAGE_CODES, languageName),
      label: { ar: 'اللغات', en: 'Languages' },
    },
    {
      // Derived on every save (hooks/indexForExpertiseSearch): what the expertise bank searches.
      name: 'expertiseSearch',
      type: 'text',
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    {
      name: 'bio',
      type: 'textarea',
      localized: true,
      maxLength: PROFILE_LIMITS.bio,
      label: { ar: 'نبذة', en: 'Bio' },
    },
    {
      name: 'applicationNote',
      type: 'textarea',
      maxLength: 2000,
      label: { ar: 'لماذا يريد الانضمام', en: 'Why they want to join' },
      admin: { description: { ar: 'من طلب الانتساب', en: 'From the application form' } },
      access: { read: adminOrSelfField, update: isAdminField },
    },
    {
      name: 'joinedAt',
      type: 'date',
      defaultValue: () => clock.now().toISOString(),
      label: { ar: 'تاريخ الانضمام', en: 'Joined' },
      admin: { position: 'sidebar' },
      // It orders the introductions' rotation: an applicant does not choose their place in it.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      // The secret in the address of the member's personal calendar feed; revoking makes a new one.
      name: 'calendarToken',
      type: 'text',
      unique: true,
      index: true,
      label: { ar: 'رمز التقويم الشخصي', en: 'Personal calendar token' },
      admin: { hidden: true },
      access: { read: adminOrSelfField, create: nobody, update: nobody },
    },
    {
      name: 'privacy',
      type: 'group',
      label: { ar: 'الخصوصية', en: 'Privacy' },
      fields: [
        {
          name: 'showInDirectory',
          type: 'checkbox',
          defaultValue: false,
          label: { ar: 'أظهرني في بنك الخبرات', en: 'Show me in the expertise bank' },
        },
        {
          name: 'showContactToMembers',
          type: 'checkbox',
          defaultValue: false,
          label: {
            ar: 'أظهر بريدي وهاتفي ومدينتي للأعضاء',
            en: 'Show my email, phone and city to members',
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'digestOptIn',
          type: 'checkbox',
          defaultValue: true,
          label: { ar: 'أرسل لي موجز اللقاء', en: 'Send me the meeting digest' },
          access: { read: adminOrSelfField },
        },
        {
          name: 'remindersOptIn',
          type: 'checkbox',
          defaultValue: true,
          label: {
            ar: 'ذكّرني قبل إغلاق التصويت وبمواعيد لجاني',
            en: 'Remind me before a vote closes and about my committees',
          },
          access: { read: adminOrSelfField },
        },
        {
          name: 'locale',
          type: 'select',
          defaultValue: DEFAULT_LOCALE,
          options: [
            { value: 'ar', label: 'العربية' },
            { value: 'en', label: 'English' },
          ],
          label: { ar: 'اللغة المفضلة', en: 'Preferred language' },
        },
        {
          name: 'timeZone',
          type: 'text',
          defaultValue: DEFAULT_TIME_ZONE,
          // Someone joining from Sweden reads times in Stockholm's, not the town's, from day one.
          hooks: {
            beforeValidate: [
              // Not given (the hook sees the default then): the country's.
              ({ value, data, siblingData, operation }) =>
                operation === 'create' && siblingData?.timeZone == null
                  ? timeZoneOfCountry(data?.country as string | undefined)
                  : value,
            ],
          },
          label: { ar: 'المنطقة الزمنية', en: 'Time zone' },
          access: { read: adminOrSelfField },
          validate: ((value, { req }) => {
            if (!value) return true
            try {
              new Intl.DateTimeFormat('en', { timeZone: value })
              return true
            } catch {
              return localeOfRequest(req) === 'en'
                ? `Unknown time zone "${value}": use a name such as Europe/Berlin`
                : `منطقة زمنية غير معروفة «${value}»: اكتبها باسمها الدولي، مثل Europe/Berlin`
            }
          }) satisfies TextFieldSingleValidation,
        },
      ],
    },
  ],
}
