import { isCountryCode } from '@fazaa/shared/domain/countries'
import { isLanguageCode } from '@fazaa/shared/domain/languages'
import { SECTORS, type Sector } from '@fazaa/shared/domain/vocabulary'
import { counted, CHARACTERS, ITEMS } from '@fazaa/shared/i18n/countedNoun'
import { LOCALES, type Locale, type Localized } from '@fazaa/shared/i18n/locales'
import type { ProfileChanges } from '../../lib/cms'
import { FIELD_MESSAGES } from '@fazaa/shared/i18n/fieldMessages'
import { PROFILE_LIMITS } from '@fazaa/shared/rules/limits'

export type ProfileField =
  'name' | 'country' | 'city' | 'phone' | 'skills' | 'languages' | 'bio' | 'timeZone'

export { PROFILE_LIMITS }

const { required: REQUIRED, tooLong } = FIELD_MESSAGES
const TOO_MANY: Localized = {
  ar: `${counted(PROFILE_LIMITS.items, ITEMS, 'ar')} على الأكثر، كل منها ${counted(PROFILE_LIMITS.item, CHARACTERS, 'ar')} على الأكثر، مفصولة بفواصل.`,
  en: `At most ${counted(PROFILE_LIMITS.items, ITEMS, 'en')} of ${counted(PROFILE_LIMITS.item, CHARACTERS, 'en')}, separated by commas.`,
}
const FROM_THE_LIST: Localized = {
  ar: 'اختر من القائمة.',
  en: 'Choose from the list.',
}
const UNKNOWN_ZONE: Localized = {
  ar: 'اختر منطقة زمنية من القائمة.',
  en: 'Choose a time zone from the list.',
}

/** "Arabic, English، Français" → ['Arabic', 'English', 'Français']: commas of either script. */
export const listOf = (text: string): string[] => [
  ...new Set(
    text
      .split(/[,،]/)
      .map((item) => item.trim())
      .filter(Boolean),
  ),
]

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Reads the profile form; each refused field says why, in both languages. */
export const readProfileForm = (
  data: FormData,
): { changes: ProfileChanges; problems: Partial<Record<ProfileField, Localized>> } => {
  const text = (name: string) => String(data.get(name) ?? '').trim()
  const locale = text('locale')
  const country = text('country')
  const languages = data.getAll('languages').map(String)
  const changes: ProfileChanges = {
    name: text('name'),
    country: isCountryCode(country) ? country : null,
    city: text('city'),
    phone: text('phone'),
    sectors: data
      .getAll('sectors')
      .map(String)
      .filter((value): value is Sector => SECTORS.some((sector) => sector.value === value)),
    skills: listOf(text('skills')),
    languages: languages.filter(isLanguageCode),
    bio: text('bio'),
    timeZone: text('timeZone'),
    locale: (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'ar',
    digestOptIn: data.has('digestOptIn'),
    remindersOptIn: data.has('remindersOptIn'),
    showInDirectory: data.has('showInDirectory'),
    showContactToMembers: data.has('showContactToMembers'),
  }
  const problems: Partial<Record<ProfileField, Localized>> = {}
  if (!changes.name) problems.name = REQUIRED
  if (country && !isCountryCode(country)) problems.country = FROM_THE_LIST
  if (languages.some((code) => !isLanguageCode(code))) problems.languages = FROM_THE_LIST
  for (const field of ['name', 'city', 'phone', 'bio'] as const) {
    if (changes[field].length > PROFILE_LIMITS[field])
      problems[field] = tooLong(PROFILE_LIMITS[field])
  }
  const skills = changes.skills
  if (
    skills.length > PROFILE_LIMITS.items ||
    skills.some((item) => item.length > PROFILE_LIMITS.item)
  ) {
    problems.skills = TOO_MANY
  }
  if (!isTimeZone(changes.timeZone)) problems.timeZone = UNKNOWN_ZONE
  return { changes, problems }
}
