import { FELLOWSHIP_TIME_ZONES } from '@fazaa/shared/domain/timeZone'
import type { Locale } from '@fazaa/shared/i18n/locales'
import { formatterFor } from '../../lib/format'

export interface ZoneChoice {
  zone: string
  name: string
}

const cache = new Map<Locale, { common: ZoneChoice[]; others: ZoneChoice[] }>()

/**
 * The time zones a member picks from, named in their language («توقيت ألمانيا — Berlin»): the
 * fellowship's own first, then every other zone in the reader's alphabetical order. Named once
 * per language (some four hundred zones), then kept.
 */
export const zoneChoices = (locale: Locale) => {
  const known = cache.get(locale)
  if (known) return known
  const { zone: nameOf } = formatterFor(locale)
  const common: readonly string[] = FELLOWSHIP_TIME_ZONES
  const collator = new Intl.Collator(locale)
  const choices = {
    common: common.map((zone) => ({ zone, name: nameOf(zone) })),
    others: Intl.supportedValuesOf('timeZone')
      .filter((zone) => !common.includes(zone))
      .map((zone) => ({ zone, name: nameOf(zone) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  }
  cache.set(locale, choices)
  return choices
}
