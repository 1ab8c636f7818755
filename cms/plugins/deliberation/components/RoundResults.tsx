import type { UIFieldServerProps } from 'payload'

import { ROUND_WORDS } from '@fazaa/shared/i18n/roundWords'
import { intlLocale } from '@fazaa/shared/i18n/locales'
import { recordedTurnout } from '@fazaa/shared/rules/votingRound'
import type { VotingRound } from '../../../payload-types'
import { rankProposals } from '../lib/roundTally'
import { roundTurnout } from '../lib/roundTurnout'

const LABELS = {
  ar: {
    title: 'النتائج',
    sofar: 'حتى الآن',
    rank: 'الترتيب',
    proposal: 'المقترح',
    yes: 'نعم',
    no: 'لا',
    abstain: 'امتناع',
    total: 'المجموع',
    none: 'لا مقترحات في هذه الجولة بعد.',
    unsaved: 'احفظ الجولة أولاً لترى نتائجها.',
  },
  en: {
    title: 'Results',
    sofar: 'so far',
    rank: 'Rank',
    proposal: 'Proposal',
    yes: 'Yes',
    no: 'No',
    abstain: 'Abstain',
    total: 'Total',
    none: 'No proposals in this round yet.',
    unsaved: 'Save the round first to see its results.',
  },
} as const

/**
 * The round's results in the admin: turnout against the quorum (counted now while it is open,
 * as the close recorded it after), the outcome, and each proposal's totals in the tally's order.
 * Totals only: ballots stay secret from the management too.
 */
export const RoundResults = async ({ data, id, payload, req, i18n }: UIFieldServerProps) => {
  const locale = i18n.language === 'en' ? 'en' : 'ar'
  const t = LABELS[locale]
  const w = ROUND_WORDS[locale]
  if (id == null) return <p>{t.unsaved}</p>
  const round = data as VotingRound
  const live = round.status === 'open' || round.status === 'extended'
  const [turnout, { docs: proposals }] = await Promise.all([
    live
      ? roundTurnout(payload, { id: Number(id), quorumPercent: round.quorumPercent }, req)
      : Promise.resolve(recordedTurnout(round)),
    payload.find({
      collection: 'proposals',
      where: { round: { equals: id }, status: { in: ['voting', 'selected', 'not-selected'] } },
      select: { title: true, submittedAt: true, createdAt: true },
      pagination: false,
      depth: 0,
      locale,
      req,
    }),
  ])
  const ranked = await rankProposals(payload, proposals, req)
  const number = (n: number) => new Intl.NumberFormat(intlLocale(locale)).format(n)
  const titleOf = (proposalId: number) =>
    proposals.find((proposal) => proposal.id === proposalId)?.title ?? ''
  const winner = typeof round.winner === 'object' ? round.winner?.id : round.winner
  return (
    <section className="fazaa-round-results" aria-labelledby="fazaa-round-results-title">
      <h3 id="fazaa-round-results-title">
        {t.title}
        {live ? ` (${t.sofar})` : ''}
      </h3>
      <p data-turnout={turnout.voters}>
        {w.turnout(turnout)} {w.missing(turnout)}
      </p>
      {!live && (
        <p data-round-outcome={round.status}>
          {w.outcome(round.status, titleOf(Number(winner)), '')}
        </p>
      )}
      {ranked.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.rank}</th>
              <th scope="col">{t.proposal}</th>
              <th scope="col">{t.yes}</th>
              <th scope="col">{t.no}</th>
              <th scope="col">{t.abstain}</th>
              <th scope="col">{t.total}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((row) => (
              <tr key={row.id} data-result-for={row.id}>
                <td>{number(row.rank)}</td>
                <td>
                  <a href={`/admin/collections/proposals/${row.id}`} dir="auto">
                    {titleOf(row.id)}
                  </a>
                </td>
                <td>{number(row.yes)}</td>
                <td>{number(row.no)}</td>
                <td>{number(row.abstain)}</td>
                <td>{number(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
