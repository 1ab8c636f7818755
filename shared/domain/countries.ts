import type { Locale } from '../i18n/locales'
import { searchable } from '../text/searchable'

/**
 * ISO 3166-1 alpha-2: a country is stored as its code, so "Germany", «ألمانيا» and "germany" are
 * one country on the home page's count and in the expertise bank, and each reader sees its name
 * in their own language (`Intl.DisplayNames`). Written out, not derived from the runtime's ICU:
 * the database keeps these values as an enum, which must not change with a Node upgrade.
 */
// prettier-ignore
export const COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN',
  'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE',
  'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM',
  'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM',
  'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC',
  'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG',
  'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO',
  'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const

export type CountryCode = (typeof COUNTRY_CODES)[number]

/** Where the fellowship lives, the town's own country first: offered before every other one. */
export const FELLOWSHIP_COUNTRIES: readonly CountryCode[] = [
  'SY',
  'DE',
  'SE',
  'NL',
  'FR',
  'GB',
  'TR',
  'LB',
  'JO',
  'AE',
  'SA',
  'QA',
  'AT',
  'DK',
  'NO',
  'BE',
  'CH',
  'CA',
  'US',
  'EG',
]

const names = {
  ar: new Intl.DisplayNames(['ar'], { type: 'region' }),
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
}

export const isCountryCode = (value: unknown): value is CountryCode =>
  (COUNTRY_CODES as readonly unknown[]).includes(value)

/** «ألمانيا» / "Germany"; a value that is not a code (an old row) is shown as it is. */
export const countryName = (code: string, locale: Locale): string =>
  isCountryCode(code) ? (names[locale].of(code) ?? code) : code

/** Every country, the fellowship's first, then the rest in the reader's alphabetical order. */
export const countriesFor = (
  locale: Locale,
): {
  common: { code: CountryCode; name: string }[]
  others: { code: CountryCode; name: string }[]
} => {
  const named = (code: CountryCode) => ({ code, name: countryName(code, locale) })
  const collator = new Intl.Collator(locale)
  // «الصين» is filed under ص, as an Arabic index files it: the article does not count.
  const key = (name: string) => (locale === 'ar' ? name.replace(/^ال/, '') : name)
  return {
    common: FELLOWSHIP_COUNTRIES.map(named),
    others: COUNTRY_CODES.filter((code) => !FELLOWSHIP_COUNTRIES.includes(code))
      .map(named)
      .sort((a, b) => collator.compare(key(a.name), key(b.name))),
  }
}

/**
 * The code of a country named in Arabic or English ("Germany", «المانيا», "de"): for rows and
 * imports written before countries were codes. Null when no country has that name.
 */
export const countryCodeOf = (text: string): CountryCode | null => {
  const wanted = searchable(text)
  if (!wanted) return null
  return (
    COUNTRY_CODES.find(
      (code) =>
        searchable(code) === wanted ||
        searchable(countryName(code, 'en')) === wanted ||
        searchable(countryName(code, 'ar')) === wanted,
    ) ?? null
  )
}
