import { SECTORS } from './vocabulary'
import { countryName } from './countries'
import { languageName } from './languages'
import { LOCALES } from '../i18n/locales'
import { searchable } from '../text/searchable'
import { skillTranslations } from './skillTerms'

interface Listed {
  country?: string | null
  sectors?: readonly string[] | null
  skills?: readonly string[] | null
  languages?: readonly string[] | null
}

/**
 * What the expertise bank finds a member by, in one searchable string: their skills as typed, and
 * their country, languages and sectors named in Arabic and in English. A search of «ألمانيا»
 * finds who lives in Germany, «الألمانية» who speaks German, «طاقه شمسيه» who wrote «طاقة شمسية»,
 * and a skill in one language who wrote it in the other (shared/domain/skillTerms).
 * Only what the directory shows goes in (never a contact field).
 */
export const expertiseSearchText = ({ country, sectors, skills, languages }: Listed): string =>
  searchable(
    [
      ...(skills ?? []),
      // A skill typed in one language is found in the other too («تمريض» finds "nursing").
      ...(skills ?? []).flatMap(skillTranslations),
      ...LOCALES.flatMap((locale) => [
        ...(country ? [countryName(country, locale)] : []),
        ...(languages ?? []).map((code) => languageName(code, locale)),
        ...(sectors ?? []).map(
          (value) => SECTORS.find((sector) => sector.value === value)?.label[locale] ?? value,
        ),
      ]),
    ].join(' | '),
  )
