import { intlLocale, type Locale } from './locales'

/**
 * A counted noun as Arabic says it after a preposition («خلال شهرين», «من ٥ أعضاء», «لمدة ١١ شهراً»):
 * Arabic has a form for one, for two (the dual), for 3-10, for 11-99 and for the rest, which
 * Intl.PluralRules tells apart; `#` stands for the number in the reader's digits. English has one
 * and other.
 */
export interface CountedForms {
  ar: { one: string; two: string; few: string; many: string; other: string }
  en: { one: string; other: string }
}

export const counted = (n: number, forms: CountedForms, locale: Locale): string => {
  const number = new Intl.NumberFormat(intlLocale(locale)).format(n)
  const category = new Intl.PluralRules(intlLocale(locale)).select(n)
  const table: Record<string, string> = forms[locale]
  return (table[category] ?? table.other!).replace('#', number)
}

export const MONTHS: CountedForms = {
  ar: { one: 'شهر واحد', two: 'شهرين', few: '# أشهر', many: '# شهراً', other: '# شهر' },
  en: { one: '# month', other: '# months' },
}

export const MEMBERS: CountedForms = {
  ar: { one: 'عضو واحد', two: 'عضوين', few: '# أعضاء', many: '# عضواً', other: '# عضو' },
  en: { one: '# member', other: '# members' },
}

/**
 * Members as the subject of a sentence, or a count standing alone: Arabic's dual then takes the
 * nominative («عضوان.», «في البنك عضوان»), where MEMBERS follows a preposition («من عضوين»).
 */
export const MEMBERS_SUBJECT: CountedForms = {
  ar: { ...MEMBERS.ar, two: 'عضوان' },
  en: MEMBERS.en,
}

/** People, where the English says "people" rather than "members". */
export const PEOPLE: CountedForms = {
  ar: MEMBERS.ar,
  en: { one: '# person', other: '# people' },
}

export const PROPOSALS: CountedForms = {
  ar: { one: 'مقترح واحد', two: 'مقترحان', few: '# مقترحات', many: '# مقترحاً', other: '# مقترح' },
  en: { one: '# proposal', other: '# proposals' },
}

export const VOTES: CountedForms = {
  ar: { one: 'تصويت واحد', two: 'تصويتان', few: '# تصويتات', many: '# تصويتاً', other: '# تصويت' },
  en: { one: '# vote', other: '# votes' },
}

export const COMMITTEES: CountedForms = {
  ar: { one: 'لجنة واحدة', two: 'لجنتان', few: '# لجان', many: '# لجنة', other: '# لجنة' },
  en: { one: '# committee', other: '# committees' },
}

export const MINUTES: CountedForms = {
  ar: { one: 'دقيقة واحدة', two: 'دقيقتين', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' },
  en: { one: '# minute', other: '# minutes' },
}

export const DAYS: CountedForms = {
  ar: { one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يوماً', other: '# يوم' },
  en: { one: '# day', other: '# days' },
}

export const WEEKS: CountedForms = {
  ar: { one: 'أسبوع واحد', two: 'أسبوعين', few: '# أسابيع', many: '# أسبوعاً', other: '# أسبوع' },
  en: { one: '# week', other: '# weeks' },
}

/** Letters of a text («١٢ حرفاً»); English says characters. */
export const CHARACTERS: CountedForms = {
  ar: { one: 'حرف واحد', two: 'حرفين', few: '# أحرف', many: '# حرفاً', other: '# حرف' },
  en: { one: '# character', other: '# characters' },
}

export const ITEMS: CountedForms = {
  ar: { one: 'عنصر واحد', two: 'عنصرين', few: '# عناصر', many: '# عنصراً', other: '# عنصر' },
  en: { one: '# item', other: '# items' },
}

export const DONORS: CountedForms = {
  ar: { one: 'متبرع واحد', two: 'متبرعان', few: '# متبرعين', many: '# متبرعاً', other: '# متبرع' },
  en: { one: '# donor', other: '# donors' },
}

export const SEATS: CountedForms = {
  ar: { one: 'مقعد واحد', two: 'مقعدان', few: '# مقاعد', many: '# مقعداً', other: '# مقعد' },
  en: { one: '# seat', other: '# seats' },
}

/** Countries, where the members live («١٠ بلدان»). */
export const COUNTRIES: CountedForms = {
  ar: { one: 'بلد واحد', two: 'بلدين', few: '# بلدان', many: '# بلداً', other: '# بلد' },
  en: { one: '# country', other: '# countries' },
}
