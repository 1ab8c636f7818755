import { SECTORS, type Sector } from '@fazaa/shared/domain/vocabulary'
import { LOCALES, type Locale, type Localized } from '@fazaa/shared/i18n/locales'
import type { ProfileChanges } from '../../lib/cms'
import { FIELD_MESSAGES } from '@fazaa/shared/i18n/fieldMessages'
import { PROFILE_LIMITS } from '@fazaa/shared/rules/limits'

export type ProfileField =
  'name' | 'country' | 'city' | 'phone' | 'skills' | 'languages' | 'bio' | 'timeZone'

export { PROFILE_LIMITS }

const { required: REQUIRED, tooLong } = FIELD_MESSAGES
const TOO_MANY: Localized = {
  ar: `${PROFILE_LIMITS.items} عنصراً على الأكثر، كل منها ${PROFILE_LIMITS.item} حرفاً على الأكثر، مفصولة بفواصل.`,
  en: `At most ${PROFILE_LIMITS.items} items of ${PROFILE_LIMITS.item} characters, separated by commas.`,
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
  const changes: ProfileChanges = {
    name: text('name'),
    country: text('country'),
    city: text('city'),
    phone: text('phone'),
    sectors: data
      .getAll('sectors')
      .map(String)
      .filter((value): value is Sector => SECTORS.some((sector) => sector.value === value)),
    skills: listOf(text('skills')),
    languages: listOf(text('languages')),
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
  for (const field of ['name', 'country', 'city', 'phone', 'bio'] as const) {
    if (changes[field].length > PROFILE_LIMITS[field])
      problems[field] = tooLong(PROFILE_LIMITS[field])
  }
  for (const field of ['skills', 'languages'] as const) {
    const items = changes[field]
    if (
      items.length > PROFILE_LIMITS.items ||
      items.some((item) => item.length > PROFILE_LIMITS.item)
    ) {
      problems[field] = TOO_MANY
    }
  }
  if (!isTimeZone(changes.timeZone)) problems.timeZone = UNKNOWN_ZONE
  return { changes, problems }
}
