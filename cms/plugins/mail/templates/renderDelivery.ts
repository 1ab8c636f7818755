import type { Payload } from 'payload'

import {
  labelOf,
  VOTE_CHOICES,
  VOTE_RECORDED_HOW,
  type MailKind,
  type Sector,
} from '@fazaa/shared/domain/vocabulary'
import { formatDateTime, intlLocale, type Locale } from '@fazaa/shared/i18n/locales'
import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { ROUND_WORDS } from '@fazaa/shared/i18n/roundWords'
import { recordedTurnout } from '@fazaa/shared/rules/votingRound'
import { idOf } from '../../../access/roles'
import { bothLocales } from '../../../lib/bothLocales'
import { DIGEST_WORDS } from '../digest/digestWords'
import { gatherDigestData } from '../digest/gatherDigest'
import { renderDigest, type DigestData } from '../digest/renderDigest'
import { renderEmail } from './emailLayout'
import {
  renderApplication,
  renderApplicationReceived,
  renderHelpOffer,
  renderWelcome,
} from './renderNotice'
import { cmsUrl, portalLink } from './links'
import { unsubscribeToken, type UnsubscribeScope } from '../unsubscribe/unsubscribeToken'
import * as clock from '@fazaa/shared/clock'

/** What a sender keeps between deliveries of one run: each meeting's digest data, read once. */
export type RenderCache = Map<string, Promise<unknown>>

const cached = <T>(cache: RenderCache, key: string, load: () => Promise<T>): Promise<T> => {
  if (!cache.has(key)) cache.set(key, load())
  return cache.get(key) as Promise<T>
}

export interface OutgoingMail {
  to: string
  subject: string
  html: string
  text: string
  messageId: string
  headers: Record<string, string>
}

/** The domain of our Message-IDs: the sender's, so that they are globally unique. */
const messageDomain = () =>
  (process.env.MAIL_FROM ?? 'fazaa@fazaa.local').split('@')[1] ?? 'fazaa.local'

/**
 * The email one delivery sends, rendered for its member, or null when the member no longer wants
 * it (opted out or left since it was queued). The Message-ID comes from the delivery's key, so a
 * message sent twice after a crash is recognisably the same message.
 */
export const renderDelivery = async (
  payload: Payload,
  delivery: {
    key: string
    kind: MailKind
    member_id: number
    meeting_id: number | null
    subject_id: number | null
  },
  cache: RenderCache,
): Promise<OutgoingMail | null> => {
  const stored = await payload.findByID({
    collection: 'members',
    id: delivery.member_id,
    depth: 0,
    locale: 'all',
  })
  const locale: Locale = stored.locale === 'en' ? 'en' : 'ar'
  const member = { ...stored, name: bothLocales(stored.name)[locale] }
  const messageId = `<${delivery.key.replace(/[^\w-]/g, '.')}@${messageDomain()}>`

  // A notice goes to someone because of what they do (the lead, an admin): while they still do.
  if (delivery.kind === 'help-offer' || delivery.kind === 'application') {
    const stillThere =
      member.status === 'active' && (delivery.kind !== 'application' || member.role === 'admin')
    if (!stillThere) return null
    const recipient = { id: member.id, name: member.name, locale }
    const content =
      delivery.kind === 'help-offer'
        ? await renderHelpOffer(payload, recipient, delivery.subject_id!)
        : await renderApplication(payload, recipient, delivery.subject_id!)
    return {
      to: member.email,
      messageId,
      headers: { 'Auto-Submitted': 'auto-generated' },
      ...content,
    }
  }

  // An applicant hears their application arrived, and then that they are in: while that is so.
  if (delivery.kind === 'application-received' || delivery.kind === 'welcome') {
    const stillSo = member.status === (delivery.kind === 'welcome' ? 'active' : 'applicant')
    if (!stillSo) return null
    const recipient = { id: member.id, name: member.name, locale }
    return {
      to: member.email,
      messageId,
      headers: { 'Auto-Submitted': 'auto-generated' },
      ...(delivery.kind === 'welcome'
        ? renderWelcome(recipient)
        : renderApplicationReceived(recipient)),
    }
  }

  // A vote recorded on their behalf is the member's to check, whatever notices they take.
  if (delivery.kind === 'vote-recorded') {
    if (member.status !== 'active') return null
    const vote = await payload.findByID({
      collection: 'votes',
      id: delivery.subject_id!,
      depth: 0,
    })
    const proposal = await payload.findByID({
      collection: 'proposals',
      id: idOf(vote.proposal) as number,
      depth: 0,
      locale,
    })
    const r = ROUND_WORDS[locale]
    const title = proposal.title ?? ''
    const until = formatDateTime(
      proposal.votingClosesAt ?? clock.now().toISOString(),
      locale,
      member.timeZone || DEFAULT_TIME_ZONE,
    )
    const { html, text } = renderEmail({
      locale,
      greeting: DIGEST_WORDS[locale].hello(member.name),
      sections: [
        {
          lines: [
            {
              text: r.recorded(
                labelOf(VOTE_CHOICES, vote.choice, locale),
                title,
                labelOf(VOTE_RECORDED_HOW, vote.recordedHow ?? 'meeting', locale),
                until,
              ),
              link: {
                href: portalLink(locale, `/proposals/${proposal.id}/`),
                label: DIGEST_WORDS[locale].vote,
              },
            },
          ],
        },
      ],
      footer: { text: r.recordedFooter, links: [] },
    })
    return {
      to: member.email,
      subject: r.recordedSubject(title),
      html,
      text,
      messageId,
      headers: { 'Auto-Submitted': 'auto-generated' },
    }
  }

  const scope: UnsubscribeScope = delivery.kind === 'digest' ? 'digest' : 'reminders'
  const wanted =
    member.status === 'active' &&
    (scope === 'digest' ? member.digestOptIn !== false : member.remindersOptIn !== false)
  if (!wanted) return null

  const timeZone = member.timeZone || DEFAULT_TIME_ZONE
  const token = unsubscribeToken(payload.secret, scope, member.id)
  const unsubscribePage = portalLink(locale, `/unsubscribe/?token=${encodeURIComponent(token)}`)
  const headers = {
    'List-Unsubscribe': `<${cmsUrl()}/api/unsubscribe?token=${encodeURIComponent(token)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Id': `Fazaa ${scope} <${scope}.${messageDomain()}>`,
    'Auto-Submitted': 'auto-generated',
  }
  const w = DIGEST_WORDS[locale]

  if (delivery.kind === 'digest') {
    const data = await cached<DigestData>(cache, `digest:${delivery.meeting_id}`, () =>
      gatherDigestData(payload, delivery.meeting_id!),
    )
    const content = renderDigest(
      data,
      {
        id: member.id,
        name: member.name,
        locale,
        timeZone,
        sectors: (member.sectors ?? []) as Sector[],
      },
      { portal: portalLink, unsubscribe: unsubscribePage },
    )
    return { to: member.email, messageId, headers, ...content }
  }

  // A reminder: one line with its link, under the reminders' own footer.
  const reminder = (subject: string, body: string, link: { href: string; label: string }) => {
    const { html, text } = renderEmail({
      locale,
      greeting: w.hello(member.name),
      sections: [{ lines: [{ text: body, link }] }],
      footer: {
        text: w.remindersFooter,
        links: [
          { href: unsubscribePage, label: w.stopReminders },
          { href: portalLink(locale, '/me/profile/'), label: w.preferences },
        ],
      },
    })
    return { to: member.email, subject, html, text, messageId, headers }
  }
  if (delivery.kind === 'vote-reminder') {
    const proposal = await payload.findByID({
      collection: 'proposals',
      id: delivery.subject_id!,
      depth: 0,
      // The title in the member's language, or the one it was written in.
      locale,
    })
    const closes = formatDateTime(
      proposal.votingClosesAt ?? clock.now().toISOString(),
      locale,
      timeZone,
    )
    return reminder(
      w.voteReminderSubject(proposal.title ?? ''),
      w.voteReminderBody(proposal.title ?? '', closes),
      { href: portalLink(locale, `/proposals/${proposal.id}/`), label: w.vote },
    )
  }

  if (delivery.kind === 'round-result') {
    const round = await payload.findByID({
      collection: 'voting-rounds',
      id: delivery.subject_id!,
      depth: 0,
    })
    const winnerId = idOf(round.winner)
    const winner =
      winnerId != null
        ? await payload.findByID({ collection: 'proposals', id: winnerId, depth: 0, locale })
        : null
    const r = ROUND_WORDS[locale]
    const title = winner?.title ?? ''
    const turnout = recordedTurnout(round)
    const lines = [
      r.outcome(round.status, title, formatDateTime(round.closesAt, locale, timeZone)),
      `${r.turnout(turnout)} ${r.missing(turnout)}`,
      ...(round.decisionReason ? [r.reason(round.decisionReason)] : []),
    ]
    const href = portalLink(locale, winner ? `/proposals/${winner.id}/` : '/proposals/')
    const { html, text } = renderEmail({
      locale,
      greeting: w.hello(member.name),
      sections: [
        {
          lines: lines.map((line, index) =>
            index === lines.length - 1
              ? {
                  text: line,
                  link: { href, label: round.status === 'extended' ? r.vote : r.openResults },
                }
              : { text: line },
          ),
        },
      ],
      footer: {
        text: w.remindersFooter,
        links: [
          { href: unsubscribePage, label: w.stopReminders },
          { href: portalLink(locale, '/me/profile/'), label: w.preferences },
        ],
      },
    })
    return {
      to: member.email,
      subject: r.subject(round.status, title),
      html,
      text,
      messageId,
      headers,
    }
  }

  const committee = await payload.findByID({
    collection: 'committees',
    id: delivery.subject_id!,
    depth: 0,
    locale,
  })
  const end = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeZone,
  }).format(new Date(committee.endDate))
  const forming = delivery.kind === 'committee-formed'
  return reminder(
    forming ? w.committeeFormedSubject(committee.name) : w.committeeEndingSubject(committee.name),
    forming
      ? w.committeeFormedBody(committee.name, end)
      : w.committeeEndingBody(committee.name, end),
    { href: portalLink(locale, `/committees/${committee.id}/`), label: w.openCommittee },
  )
}
