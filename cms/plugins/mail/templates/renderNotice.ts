import type { Payload } from 'payload'

import { countryName } from '@fazaa/shared/domain/countries'
import { labelOf, SECTORS } from '@fazaa/shared/domain/vocabulary'
import { intlLocale, type Locale } from '@fazaa/shared/i18n/locales'
import { bothLocales } from '../../../lib/bothLocales'
import { idOf } from '../../../access/roles'
import { DIGEST_WORDS } from '../digest/digestWords'
import { renderEmail } from './emailLayout'
import { cmsUrl, portalLink } from './links'
import { NOTICE_WORDS } from './noticeWords'

/** A notice's recipient, as renderDelivery read them. */
interface Recipient {
  id: number
  name: string
  locale: Locale
}

const notice = (
  recipient: Recipient,
  subject: string,
  lines: { text: string; link?: { href: string; label: string } }[],
  footer: string,
  /** Whether the recipient has preferences to change (an applicant cannot sign in yet). */
  withPreferences = true,
) => {
  const { html, text } = renderEmail({
    locale: recipient.locale,
    greeting: DIGEST_WORDS[recipient.locale].hello(recipient.name),
    sections: [{ lines }],
    footer: {
      text: footer,
      links: withPreferences
        ? [
            {
              href: portalLink(recipient.locale, '/me/profile/'),
              label: DIGEST_WORDS[recipient.locale].preferences,
            },
          ]
        : [],
    },
  })
  return { subject, html, text }
}

/** "Someone would like to help": to the committee's lead, with the helper's words. */
export const renderHelpOffer = async (payload: Payload, lead: Recipient, interestId: number) => {
  const w = NOTICE_WORDS[lead.locale]
  const interest = await payload.findByID({
    collection: 'committee-interests',
    id: interestId,
    depth: 0,
  })
  const [committee, helper] = await Promise.all([
    payload.findByID({
      collection: 'committees',
      id: idOf(interest.committee) as number,
      select: { name: true },
      depth: 0,
      locale: lead.locale,
    }),
    payload.findByID({
      collection: 'members',
      id: idOf(interest.member) as number,
      select: { name: true },
      depth: 0,
      locale: 'all',
    }),
  ])
  const helperName = bothLocales(helper.name)[lead.locale]
  return notice(
    lead,
    w.helpOfferSubject(committee.name),
    [
      { text: w.helpOfferBody(helperName, committee.name) },
      ...(interest.message ? [{ text: `«${interest.message}»` }] : []),
      {
        text: w.helpOfferChoose,
        link: {
          href: portalLink(lead.locale, `/committees/${committee.id}/`),
          label: DIGEST_WORDS[lead.locale].openCommittee,
        },
      },
    ],
    w.helpOfferFooter,
  )
}

/** "A new application": to an admin, with what the applicant wrote and where to admit them. */
export const renderApplication = async (
  payload: Payload,
  admin: Recipient,
  applicantId: number,
) => {
  const w = NOTICE_WORDS[admin.locale]
  const applicant = await payload.findByID({
    collection: 'members',
    id: applicantId,
    depth: 0,
    locale: 'all',
  })
  const name = bothLocales(applicant.name)[admin.locale]
  const sectors = new Intl.ListFormat(intlLocale(admin.locale), { type: 'unit' }).format(
    (applicant.sectors ?? []).map((sector) => labelOf(SECTORS, sector, admin.locale)),
  )
  return notice(
    admin,
    w.applicationSubject(name),
    [
      {
        text: `${w.applicationBody(name, applicant.country ? countryName(applicant.country, admin.locale) : '')} <${applicant.email}>`,
      },
      ...(sectors ? [{ text: w.applicationSectors(sectors) }] : []),
      ...(applicant.applicationNote ? [{ text: `«${applicant.applicationNote}»` }] : []),
      {
        text: w.applicationReview,
        link: {
          href: `${cmsUrl()}/admin/collections/members/${applicant.id}`,
          label: name,
        },
      },
    ],
    w.applicationFooter,
  )
}

/** "We received your application": to the applicant, in the language they applied in. */
export const renderApplicationReceived = (applicant: Recipient) => {
  const w = NOTICE_WORDS[applicant.locale]
  return notice(
    applicant,
    w.receivedSubject,
    [
      { text: w.receivedBody },
      {
        text: w.receivedMeanwhile,
        link: { href: portalLink(applicant.locale, '/about/'), label: w.receivedAbout },
      },
    ],
    w.receivedFooter,
    false,
  )
}

/** "You are admitted": to the new member, with the two ways to sign in (the join form sets none). */
export const renderWelcome = (member: Recipient) => {
  const w = NOTICE_WORDS[member.locale]
  return notice(
    member,
    w.welcomeSubject,
    [
      { text: w.welcomeBody },
      {
        text: w.welcomeLink,
        link: {
          href: portalLink(member.locale, '/signin/'),
          label: portalLink(member.locale, '/signin/'),
        },
      },
      {
        text: w.welcomePassword,
        link: {
          href: portalLink(member.locale, '/forgot/'),
          label: portalLink(member.locale, '/forgot/'),
        },
      },
    ],
    w.welcomeFooter,
  )
}
