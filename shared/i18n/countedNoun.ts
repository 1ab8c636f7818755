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
