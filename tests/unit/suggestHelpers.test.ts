import { describe, expect, it } from 'vitest'

import { suggestHelpers, type Candidate } from '../../portal/src/features/committees/suggestHelpers'

const person = (
  id: number,
  veteran: boolean,
  sectors: Candidate['sectors'],
  skills: string[] = [],
) => ({
  id,
  veteran,
  sectors,
  skills,
})

describe('suggested helpers for a committee', () => {
  const people = [
    person(1, true, ['education']),
    person(2, false, ['education']),
    person(3, false, ['education'], ['heating systems']),
    person(4, true, ['health']),
    person(5, false, ['engineering'], ['school heating']),
    person(6, true, ['education']),
  ]

  it('takes those whose sectors or skills fit, leaving out whoever is on a committee at work', () => {
    const ids = suggestHelpers(
      people,
      { sectors: ['education'], words: ['heating'] },
      new Set([6]),
    ).map((c) => c.id)
    expect(ids).not.toContain(4)
    expect(ids).not.toContain(6)
    expect(ids.sort()).toEqual([1, 2, 3, 5])
  })

  it('alternates veterans and newcomers, best fit first within each', () => {
    const picked = suggestHelpers(people, { sectors: ['education'], words: ['heating'] }, new Set())
    expect(picked.map((c) => c.veteran)).toEqual([true, false, true, false, false])
    // Person 3 fits twice (sector and skill): the first newcomer.
    expect(picked[1]!.id).toBe(3)
  })

  it('finds an Arabic skill written with other letters for the same sound, or with harakat', () => {
    const arabic = [person(7, false, ['health'], ['إسعافات أوليّة']), person(8, true, ['health'])]
    const ids = suggestHelpers(arabic, { sectors: [], words: ['اسعافات'] }, new Set()).map(
      (c) => c.id,
    )
    expect(ids).toEqual([7])
    expect(
      suggestHelpers(arabic, { sectors: [], words: ['اولية'] }, new Set()).map((c) => c.id),
    ).toEqual([7])
  })

  it('suggests nobody when nothing fits', () => {
    expect(suggestHelpers(people, { sectors: ['finance'], words: [] }, new Set())).toEqual([])
  })
})
