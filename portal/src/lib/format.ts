import type { TownCurrency } from '@fazaa/shared/domain/vocabulary'
import { formatMonth, intlLocale, type Locale } from '@fazaa/shared/i18n/locales'
import { formatMoney } from '@fazaa/shared/money'

/**
 * A time zone as a reader knows it: in Arabic by its country or city, in Arabic («توقيت ألمانيا»,
 * «توقيت تورونتو»: no Latin city inside an Arabic sentence); in English by its name and the city
 * of its ID ("Central European Time — Berlin").
 */
const zoneName = (zone: string, locale: Locale) => {
  if (locale === 'ar') {
    const named = new Intl.DateTimeFormat('ar', { timeZone: zone, timeZoneName: 'shortGeneric' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value
    // An offset («غرينتش+٣») names no place: the city of the ID says where.
    if (named && !/[0-9٠-٩]/.test(named)) return named
  }
  const name = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: zone,
    timeZoneName: 'longGeneric',
  })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value
  const city = zone.split('/').at(-1)!.replace(/_/g, ' ')
  return name && name !== city ? `${name} — ${city}` : city
}

/** Numbers, money and dates in the page's language, with its own digits. */
export const formatterFor = (locale: Locale) => ({
  /**
   * Between two facts on a line. Not «·» in Arabic: next to Arabic-Indic digits a middle dot
   * reads as a zero («١٠ · …» as «١٠٠»); a spaced dash cannot be read as a digit.
   */
  sep: locale === 'ar' ? ' — ' : ' · ',
  count: (n: number) => new Intl.NumberFormat(intlLocale(locale)).format(n),
  year: (year: string) =>
    new Intl.NumberFormat(intlLocale(locale), { useGrouping: false }).format(Number(year)),
  list: (items: string[]) =>
    new Intl.ListFormat(intlLocale(locale), { type: 'unit' }).format(items),
  /**
   * Words people typed (skills), each isolated (U+2068…U+2069) and comma-separated: in Arabic,
   * a list's «و» before an English word joined the two ("medicalو general surgery").
   */
  typed: (items: string[]) =>
    items.map((item) => `\u2068${item}\u2069`).join(locale === 'ar' ? '، ' : ', '),
  money: (amount: number, currency: TownCurrency) => formatMoney({ amount, currency }, locale),
  /** A day with its month spelt out («٣ كانون الثاني ٢٠٢٧»): «٠٣/٠١/٢٠٢٧» reads both ways. */
  date: (iso: string, timeZone = 'UTC') =>
    new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(
      new Date(iso),
    ),
  /** A day and time in a zone, the zone named as its reader knows it («… (توقيت سوريا)»). */
  dateTime: (iso: string, timeZone: string) =>
    `${new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso))} (${zoneName(timeZone, locale)})`,
  /** A time from now, in the largest whole unit ("in 2 days", «خلال يومين»). */
  fromNow: (ms: number) => {
    const rtf = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' })
    const minutes = Math.max(1, Math.floor(ms / 60_000))
    if (minutes < 60) return rtf.format(minutes, 'minute')
    const hours = Math.floor(minutes / 60)
    return hours < 48 ? rtf.format(hours, 'hour') : rtf.format(Math.floor(hours / 24), 'day')
  },
  month: (month: string) => formatMonth(month, locale),
  zone: (zone: string) => zoneName(zone, locale),
})
