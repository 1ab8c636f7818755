'use client'
import {
  RelationshipField,
  useConfig,
  useDocumentInfo,
  useField,
  useTranslation,
} from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import { useEffect, useState } from 'react'

import { labelOf, MEMBER_STATUSES, SECTORS } from '@fazaa/shared/domain/vocabulary'
import type { Locale } from '@fazaa/shared/i18n/locales'

const WORDS = {
  ar: {
    title: 'من اخترت',
    veteran: 'خدم في لجنة سابقة',
    newcomer: 'لم يخدم في لجنة بعد',
    alsoOn: (names: string) => `في لجنة أخرى قيد العمل: ${names}`,
    notActive: 'لا يأخذ مقعداً إلا عضو فعّال',
    loading: 'يُحمَّل…',
  },
  en: {
    title: 'Who you chose',
    veteran: 'Served on an earlier committee',
    newcomer: 'Not on a committee yet',
    alsoOn: (names: string) => `On another committee at work: ${names}`,
    notActive: 'Only an active member takes a seat',
    loading: 'Loading…',
  },
}

interface Chosen {
  id: number
  name: string
  status: string
  veteran?: boolean | null
  sectors?: string[] | null
}

interface OtherCommittee {
  id: number
  name: string
  members?: (number | { id: number })[] | null
}

const idsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [])
    .map((item) => (typeof item === 'object' && item ? (item as { id: number }).id : item))
    .filter((id): id is number => typeof id === 'number')

/**
 * The committee's member picker, with what the rules ask about each person chosen shown under
 * it: their membership status (only active members take a seat), whether they served before (the
 * mix of veterans and newcomers) and their sectors, and any other committee at work they are on.
 * The picker itself is Payload's; this only reads, as the admin, what the admin may read.
 */
export const CommitteeMembersField = (props: RelationshipFieldClientProps) => {
  const { value } = useField<unknown>({ path: props.path })
  const { id: committeeId } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const locale: Locale = i18n.language === 'en' ? 'en' : 'ar'
  const t = WORDS[locale]
  const ids = idsOf(value)
  const key = ids.join(',')
  const [chosen, setChosen] = useState<{ people: Chosen[]; others: OtherCommittee[] } | null>(null)

  useEffect(() => {
    if (!key) {
      setChosen({ people: [], others: [] })
      return
    }
    const api = `${config.serverURL}${config.routes.api}`
    const controller = new AbortController()
    const read = async <T,>(query: string): Promise<T[]> => {
      const response = await fetch(`${api}/${query}`, {
        credentials: 'include',
        signal: controller.signal,
      })
      return response.ok ? ((await response.json()) as { docs: T[] }).docs : []
    }
    const list = encodeURIComponent(key)
    void Promise.all([
      read<Chosen>(
        `members?where[id][in]=${list}&depth=0&limit=20&locale=${locale}` +
          '&select[name]=true&select[status]=true&select[veteran]=true&select[sectors]=true',
      ),
      read<OtherCommittee>(
        `committees?where[and][0][members][in]=${list}&where[and][1][status][in]=forming,active` +
          `&depth=0&limit=50&locale=${locale}&select[name]=true&select[members]=true`,
      ),
    ])
      .then(([people, others]) => setChosen({ people, others }))
      .catch(() => undefined)
    return () => controller.abort()
  }, [key, locale, config.serverURL, config.routes.api])

  const otherCommitteesOf = (person: number) =>
    (chosen?.others ?? [])
      .filter((committee) => committee.id !== committeeId)
      .filter((committee) => idsOf(committee.members).includes(person))
      .map((committee) => committee.name)

  return (
    <>
      <RelationshipField {...props} />
      {ids.length > 0 && (
        <section className="fazaa-chosen-members" aria-label={t.title}>
          {!chosen ? (
            <p>{t.loading}</p>
          ) : (
            <ul>
              {ids.map((id) => {
                const person = chosen.people.find((p) => p.id === id)
                if (!person) return null
                const others = otherCommitteesOf(id)
                const facts = [
                  labelOf(MEMBER_STATUSES, person.status, locale),
                  person.veteran ? t.veteran : t.newcomer,
                  ...(person.sectors ?? []).map((sector) => labelOf(SECTORS, sector, locale)),
                ]
                return (
                  <li key={id} data-chosen-member={id}>
                    <strong>{person.name}</strong>
                    {': '}
                    {new Intl.ListFormat(locale, { type: 'unit' }).format(facts)}
                    {person.status !== 'active' && (
                      <span className="fazaa-chosen-members__warning"> — {t.notActive}</span>
                    )}
                    {others.length > 0 && (
                      <span className="fazaa-chosen-members__warning">
                        {' — '}
                        {t.alsoOn(new Intl.ListFormat(locale).format(others))}
                      </span>
                    )}
                  </li>
                )
              })}
            </ul>
          )}
        </section>
      )}
    </>
  )
}
