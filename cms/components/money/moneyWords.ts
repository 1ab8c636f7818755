import type { Locale } from '@fazaa/shared/i18n/locales'

export const moneyWords: Record<Locale, { unreadable: string }> = {
  ar: { unreadable: 'هذا ليس مبلغاً: اكتب أرقاماً فقط، مثل 2300 أو 2300.50' },
  en: { unreadable: 'This is not an amount: type digits only, like 2300 or 2300.50' },
}
