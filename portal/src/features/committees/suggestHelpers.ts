import type { Sector } from '@fazaa/shared/domain/vocabulary'
import { searchable } from '@fazaa/shared/text/searchable'

export interface Candidate {
  id: number
  sectors: readonly Sector[]
  skills: readonly string[]
  veteran: boolean
}

/**
 * Who could help a committee, as the fellowship does it by hand today: people whose sectors (and
 * skills matching the committee's words) fit, nobody already on a committee at work, and
 * veterans and newcomers taken in turn, so that experience spreads ("the oil stain"). Words and
 * skills are compared as the expertise bank's search compares them («طاقة» meets «طاقه»).
 */
export const suggestHelpers = (
  candidates: readonly Candidate[],
  needs: { sectors: readonly Sector[]; words: readonly string[] },
  busy: ReadonlySet<number>,
  count = 6,
): Candidate[] => {
  const words = needs.words.map(searchable).filter((word) => word.length > 2)
  const score = (candidate: Candidate) =>
    candidate.sectors.filter((sector) => needs.sectors.includes(sector)).length * 2 +
    candidate.skills.filter((skill) => words.some((word) => searchable(skill).includes(word)))
      .length
  const ranked = candidates
    .filter((candidate) => !busy.has(candidate.id))
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.candidate.id - b.candidate.id)
    .map(({ candidate }) => candidate)
  const veterans = ranked.filter((candidate) => candidate.veteran)
  const newcomers = ranked.filter((candidate) => !candidate.veteran)
  const mixed: Candidate[] = []
  while (mixed.length < count && (veterans.length > 0 || newcomers.length > 0)) {
    const nextFromVeterans =
      mixed.filter((c) => c.veteran).length <= mixed.filter((c) => !c.veteran).length
    const next =
      (nextFromVeterans ? veterans.shift() : newcomers.shift()) ??
      veterans.shift() ??
      newcomers.shift()
    if (next) mixed.push(next)
  }
  return mixed
}
