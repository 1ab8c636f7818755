import { SECTORS } from './vocabulary'
import { countryName } from './countries'
import { languageName } from './languages'
import { LOCALES } from '../i18n/locales'
import { searchable } from '../text/searchable'

interface Listed {
  country?: string | null
  sectors?: readonly string[] | null
  skills?: readonly string[] | null
  languages?: readonly string[] | null
}

/**
 * What the expertise bank finds a member by, in one searchable string: their skills as typed, and
 * their country, languages and sectors named in Arabic and in English. A search of «ألمانيا»
 * finds who lives in Germany, «الألمانية» who speaks German, «طاقه شمسيه» who wrote «طاقة شمسية».
 * Only what the directory shows goes in (never a contact field).
 */
export const expertiseSearchText = ({ country, sectors, skills, languages }: Listed): string =>
  searchable(
    [
      ...(skills ?? []),
      ...LOCALES.flatMap((locale) => [
        ...(country ? [countryName(country, locale)] : []),
        ...(languages ?? []).map((code) => languageName(code, locale)),
        ...(sectors ?? []).map(
          (value) => SECTORS.find((sector) => sector.value === value)?.label[locale] ?? value,
        ),
      ]),
    ].join(' | '),
  )
