declare namespace App {
  interface Locals {
    /** The page's language: Arabic at the root, English under /en (set by the i18n middleware). */
    locale: import('@fazaa/shared/i18n/locales').Locale
    /** The path the visitor asked for, before the English prefix was taken off. */
    requestedPath: string
    /** The signed-in member, or null (set by the session middleware). */
    member: import('@fazaa/cms/types').Member | null
    /** Set when the database could not be reached: the error page answers 503, not 500. */
    databaseUnavailable?: boolean
  }
}
