import type { ServerProps } from 'payload'

import * as clock from '@fazaa/shared/clock'
import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { labelOf, MEETING_DUTIES } from '@fazaa/shared/domain/vocabulary'
import { counted, MEMBERS, type CountedForms } from '@fazaa/shared/i18n/countedNoun'
import { intlLocale } from '@fazaa/shared/i18n/locales'
import { COMMITTEE_ENDING_DAYS, gatherWhatNeedsYou, type Waiting } from './gatherWhatNeedsYou'
import { WHAT_NEEDS_YOU_WORDS } from './whatNeedsYouWords'

const DAYS: CountedForms = {
  ar: { one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يوماً', other: '# يوم' },
  en: { one: '# day', other: '# days' },
}

/**
 * The admin's home: the work waiting for them, each line a link to the screen where it is done,
 * and a line that says so when nothing waits. Counts use the same filters as the lists.
 */
export const WhatNeedsYouNow = async ({ payload, i18n, user }: ServerProps) => {
  if (user?.collection !== 'members' || (user as { role?: string }).role !== 'admin') return null
  const locale = i18n.language === 'en' ? 'en' : 'ar'
  const t = WHAT_NEEDS_YOU_WORDS[locale]
  const number = (n: number) => new Intl.NumberFormat(intlLocale(locale)).format(n)
  const when = (iso: string) =>
    new Intl.DateTimeFormat(intlLocale(locale), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: DEFAULT_TIME_ZONE,
    }).format(new Date(iso))
  const now = clock.now()
  const work = await gatherWhatNeedsYou(payload, { payload, user, locale }, now)

  const lines: { key: string; waiting: Waiting; text: string }[] = [
    {
      key: 'applications',
      waiting: work.applications,
      text: t.applications(number(work.applications.count)),
    },
    {
      key: 'proposals',
      waiting: work.proposalsToDiscuss,
      text: t.proposalsToDiscuss(number(work.proposalsToDiscuss.count)),
    },
    {
      key: 'expenses',
      waiting: work.expensesToApprove,
      text: t.expensesToApprove(number(work.expensesToApprove.count)),
    },
    {
      key: 'committees',
      waiting: work.committeesEnding,
      text: t.committeesEnding(
        number(work.committeesEnding.count),
        counted(COMMITTEE_ENDING_DAYS, DAYS, locale),
      ),
    },
    { key: 'mail', waiting: work.mailFailed, text: t.mailFailed(number(work.mailFailed.count)) },
    {
      key: 'gifts',
      waiting: work.giftsPending,
      text: t.giftsPending(number(work.giftsPending.count)),
    },
    {
      key: 'ties',
      waiting: work.tiesToDecide,
      text: t.tiesToDecide(number(work.tiesToDecide.count)),
    },
  ].filter(({ waiting }) => waiting.count > 0)

  const meeting = work.nextMeeting
  return (
    <section className="fazaa-home" aria-labelledby="fazaa-home-title">
      <h2 id="fazaa-home-title">{t.title}</h2>
      <p className="fazaa-home__intro">{t.intro}</p>
      {lines.length === 0 ? (
        <p className="fazaa-home__done" data-testid="nothing-waits">
          {t.allDone}
        </p>
      ) : (
        <ul className="fazaa-home__list">
          {lines.map(({ key, waiting, text }) => (
            <li key={key} data-waiting={key}>
              <a href={waiting.href}>{text}</a>
            </li>
          ))}
        </ul>
      )}

      <h3>{t.votesTitle}</h3>
      {work.votes.length === 0 ? (
        <p>{t.noVotes}</p>
      ) : (
        <ul className="fazaa-home__list">
          {work.votes.map((vote) => (
            <li key={vote.id} data-waiting="vote">
              <a href={`/admin/collections/proposals/${vote.id}`}>
                {/* A member's title, in whatever script it was written: isolated from the line. */}
                <bdi>{vote.title}</bdi>
              </a>
              {': '}
              {t.vote(
                vote.closesAt ? when(vote.closesAt) : '—',
                number(vote.cast),
                counted(work.voters, MEMBERS, locale),
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>{t.meetingTitle}</h3>
      {meeting ? (
        <div data-waiting="meeting">
          <p>
            <a href={`/admin/collections/meetings/${meeting.id}`}>
              {meeting.title} — {when(meeting.startsAt)}
            </a>
          </p>
          {meeting.dutiesLeft.length > 0 ? (
            <>
              <p>{t.dutiesLeft}</p>
              <ul className="fazaa-home__list">
                {meeting.dutiesLeft.map((duty) => (
                  <li key={duty}>{labelOf(MEETING_DUTIES, duty, locale)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t.dutiesDone}</p>
          )}
        </div>
      ) : (
        <p>
          <a href="/admin/collections/meetings/create">{t.noMeeting}</a>
        </p>
      )}
    </section>
  )
}
