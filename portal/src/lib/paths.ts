import type { Locale } from '@fazaa/shared/i18n/locales'

/** Every portal URL, built in one place: Arabic at the root, English under /en. */
const prefix = (locale: Locale) => (locale === 'ar' ? '' : '/en')

export const paths = {
  home: (locale: Locale) => `${prefix(locale)}/`,
  campaigns: (locale: Locale) => `${prefix(locale)}/campaigns/`,
  campaign: (locale: Locale, slug: string) =>
    `${prefix(locale)}/campaigns/${encodeURIComponent(slug)}/`,
  donate: (locale: Locale, slug: string) =>
    `${prefix(locale)}/campaigns/${encodeURIComponent(slug)}/donate/`,
  donationThanks: (locale: Locale, slug: string) =>
    `${prefix(locale)}/campaigns/${encodeURIComponent(slug)}/thanks/`,
  notFound: (locale: Locale) => `${prefix(locale)}/404`,
  membersOnly: (locale: Locale) => `${prefix(locale)}/members-only/`,
  meetings: (locale: Locale) => `${prefix(locale)}/meetings/`,
  join: (locale: Locale) => `${prefix(locale)}/join/`,
  guests: (locale: Locale) => `${prefix(locale)}/guests/`,
  about: (locale: Locale) => `${prefix(locale)}/about/`,
  campaignsFeed: (locale: Locale) => `${prefix(locale)}/campaigns.xml`,
  transparency: (locale: Locale) => `${prefix(locale)}/transparency/`,
  transparencyCsv: (locale: Locale) => `${prefix(locale)}/transparency.csv`,
  runSheet: (locale: Locale, id: number) => `${prefix(locale)}/meetings/${id}/run/`,
  unsubscribe: (locale: Locale) => `${prefix(locale)}/unsubscribe/`,
  meetingCalendar: (locale: Locale, id: number) => `${prefix(locale)}/meetings/${id}.ics`,
  meetingsFeed: (locale: Locale) => `${prefix(locale)}/meetings.ics`,
  signIn: (locale: Locale) => `${prefix(locale)}/signin/`,
  signInLink: (locale: Locale) => `${prefix(locale)}/signin/link/`,
  signOut: (locale: Locale) => `${prefix(locale)}/signout/`,
  forgotPassword: (locale: Locale) => `${prefix(locale)}/forgot/`,
  resetPassword: (locale: Locale) => `${prefix(locale)}/reset/`,
  me: (locale: Locale) => `${prefix(locale)}/me/`,
  myMeetings: (locale: Locale) => `${prefix(locale)}/me/meetings/`,
  personalCalendar: (locale: Locale, token: string) => `${prefix(locale)}/calendar/${token}.ics`,
  profile: (locale: Locale) => `${prefix(locale)}/me/profile/`,
  myData: (locale: Locale) => `${prefix(locale)}/me/data.json`,
  committees: (locale: Locale) => `${prefix(locale)}/committees/`,
  committee: (locale: Locale, id: number) => `${prefix(locale)}/committees/${id}/`,
  committeeExpenses: (locale: Locale, id: number) => `${prefix(locale)}/committees/${id}/expenses/`,
  directory: (locale: Locale) => `${prefix(locale)}/directory/`,
  proposals: (locale: Locale) => `${prefix(locale)}/proposals/`,
  newProposal: (locale: Locale) => `${prefix(locale)}/proposals/new/`,
  proposal: (locale: Locale, id: number) => `${prefix(locale)}/proposals/${id}/`,
  editProposal: (locale: Locale, id: number) => `${prefix(locale)}/proposals/${id}/edit/`,
  /** An uploaded file (a cover, a receipt), the same in both languages. */
  media: (filename: string) => `/media/${encodeURIComponent(filename)}`,
}

/** The same page in the other language: the path with its locale prefix swapped. */
export const alternatePath = (pathname: string, to: Locale): string => {
  const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/'
  return to === 'ar' ? bare : `/en${bare === '/' ? '/' : bare}`
}

/** The portal's public address, for links that leave the page (feeds, sitemaps, shares). */
export const siteUrl = (fallback: URL): string =>
  (process.env.PORTAL_PUBLIC_URL ?? fallback.origin).replace(/\/$/, '')
