import {
  labelOf,
  MEETING_KINDS,
  type MeetingKind,
  type Sector,
  type TownCurrency,
} from '@fazaa/shared/domain/vocabulary'
import {
  formatDateTime,
  formatMonth,
  intlLocale,
  type Locale,
  type Localized,
} from '@fazaa/shared/i18n/locales'
import { formatMoney } from '@fazaa/shared/money'
import { renderEmail, type EmailSection } from '../templates/emailLayout'
import { DIGEST_WORDS } from './digestWords'

/** Everything one meeting's digest says, in both languages, gathered once for all members. */
export interface DigestData {
  meetingId: number
  month: string
  summary: Record<Locale, string[]>
  recordingLink: string | null
  guest: { name: Localized; role: Localized | null } | null
  lastCampaign: {
    title: Localized
    slug: string
    currency: TownCurrency
    raised: number
    spent: number
  } | null
  currentCampaign: {
    title: Localized
    slug: string
    currency: TownCurrency
    raised: number
    goal: number
    donorCount: number
  } | null
  openProposals: { id: number; title: Localized; closesAt: string }[]
  upcomingMeetings: { id: number; kind: MeetingKind; title: Localized; startsAt: string }[]
  newMembers: Localized[]
  formingCommittees: { id: number; name: Localized; sectors: Sector[]; seatsLeft: number }[]
}

/** The member a copy is for. */
export interface DigestReader {
  id: number
  name: string
  locale: Locale
  timeZone: string
  sectors: Sector[]
}

export interface DigestLinks {
  /** A portal page in a language: `portal('en', '/campaigns/x/')`. */
  portal: (locale: Locale, path: string) => string
  /** The page where this member turns the digest off. */
  unsubscribe: string
}

/** Committees forming whose work needs the reader's sectors (or any sector, when none is set). */
const committeesFor = (data: DigestData, reader: DigestReader) =>
  data.formingCommittees.filter(
    (committee) =>
      committee.seatsLeft > 0 &&
      (committee.sectors.length === 0 || committee.sectors.some((s) => reader.sectors.includes(s))),
  )

const sectionsOf = (data: DigestData, reader: DigestReader, links: DigestLinks): EmailSection[] => {
  const { locale, timeZone } = reader
  const w = DIGEST_WORDS[locale]
  const sections: EmailSection[] = []
  const summary = data.summary[locale].length ? data.summary[locale] : data.summary.ar
  if (summary.length || data.recordingLink) {
    sections.push({
      heading: w.summary,
      lines: [
        ...summary.map((text) => ({ text })),
        ...(data.recordingLink
          ? [{ text: '', link: { href: data.recordingLink, label: w.recording } }]
          : []),
      ],
    })
  }
  if (data.guest) {
    const role = data.guest.role?.[locale]
    sections.push({
      heading: w.guest,
      lines: [{ text: role ? `${data.guest.name[locale]} · ${role}` : data.guest.name[locale] }],
    })
  }
  if (data.lastCampaign) {
    const c = data.lastCampaign
    const money = (amount: number) => formatMoney({ amount, currency: c.currency }, locale)
    sections.push({
      heading: w.lastCampaign,
      lines: [
        { text: c.title[locale] },
        {
          text: w.raisedSpent(money(c.raised), money(c.spent)),
          link: { href: links.portal(locale, `/campaigns/${c.slug}/`), label: w.seeReport },
        },
      ],
    })
  }
  if (data.currentCampaign) {
    const c = data.currentCampaign
    const money = (amount: number) => formatMoney({ amount, currency: c.currency }, locale)
    sections.push({
      heading: w.currentCampaign,
      lines: [
        { text: c.title[locale] },
        {
          text: w.progress(money(c.raised), money(c.goal), c.donorCount),
          link: { href: links.portal(locale, `/campaigns/${c.slug}/#donate`), label: w.donate },
        },
      ],
    })
  }
  if (data.openProposals.length) {
    sections.push({
      heading: w.openVotes,
      lines: data.openProposals.map((proposal) => ({
        text: `${proposal.title[locale]}: ${w.closes(formatDateTime(proposal.closesAt, locale, timeZone))}.`,
        link: { href: links.portal(locale, `/proposals/${proposal.id}/`), label: w.vote },
      })),
    })
  }
  if (data.upcomingMeetings.length) {
    const kindLabel = (kind: MeetingKind) => labelOf(MEETING_KINDS, kind, locale)
    sections.push({
      heading: w.upcoming,
      lines: [
        ...data.upcomingMeetings.map((meeting) => ({
          // The kind only when the title does not say it already («لقاء مفتوح: لقاء مفتوح: …»).
          text: `${
            meeting.title[locale].startsWith(kindLabel(meeting.kind))
              ? ''
              : `${kindLabel(meeting.kind)}: `
          }${meeting.title[locale]}${locale === 'ar' ? '، ' : ', '}${formatDateTime(meeting.startsAt, locale, timeZone)}`,
        })),
        { text: '', link: { href: links.portal(locale, '/me/meetings/'), label: w.rsvp } },
      ],
    })
  }
  if (data.newMembers.length) {
    sections.push({
      heading: w.welcome,
      lines: [
        {
          text: new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(
            data.newMembers.map((name) => name[locale]),
          ),
        },
      ],
    })
  }
  const committees = committeesFor(data, reader)
  if (committees.length) {
    sections.push({
      heading: w.forming,
      lines: committees.map((committee) => ({
        text: `${committee.name[locale]} (${w.seatsLeft(committee.seatsLeft)})`,
        link: { href: links.portal(locale, `/committees/${committee.id}/`), label: w.offerHelp },
      })),
    })
  }
  return sections
}

/** One member's digest: subject, HTML and plain text, in their language and time zone. */
export const renderDigest = (data: DigestData, reader: DigestReader, links: DigestLinks) => {
  const w = DIGEST_WORDS[reader.locale]
  const { html, text } = renderEmail({
    locale: reader.locale,
    greeting: `${w.hello(reader.name)} ${w.intro}`,
    sections: sectionsOf(data, reader, links),
    footer: {
      text: w.footer,
      links: [
        { href: links.unsubscribe, label: w.unsubscribe },
        { href: links.portal(reader.locale, '/me/profile/'), label: w.preferences },
      ],
    },
  })
  // The month as the reader says it («تشرين الثاني ٢٠٢٦»), not its code.
  return { subject: w.subject(formatMonth(data.month, reader.locale)), html, text }
}

/**
 * The digest for the announcements group: short lines with links, WhatsApp's *bold*, no member
 * names beyond those already public (the guest), times in the fellowship's own zone.
 */
export const digestWhatsAppText = (
  data: DigestData,
  locale: Locale,
  links: Pick<DigestLinks, 'portal'>,
  timeZone: string,
): string => {
  const w = DIGEST_WORDS[locale]
  const everyone: DigestReader = { id: 0, name: '', locale, timeZone, sectors: [] }
  const sections = sectionsOf(
    {
      ...data,
      newMembers: [],
      formingCommittees: data.formingCommittees.map((c) => ({ ...c, sectors: [] })),
    },
    everyone,
    { ...links, unsubscribe: '' },
  )
  return [
    w.whatsappHeader(formatMonth(data.month, locale)),
    ...sections.map((section) =>
      [
        `*${section.heading}*`,
        ...section.lines.map(({ text, link }) =>
          [text, link ? `${link.label}: ${link.href}` : ''].filter(Boolean).join(' '),
        ),
      ].join('\n'),
    ),
  ].join('\n\n')
}
