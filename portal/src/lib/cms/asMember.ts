import type { Member } from '@fazaa/cms/types'

import {
  Forbidden,
  type CollectionSlug,
  type PaginatedDocs,
  type Payload,
  type RequiredDataFromCollectionSlug,
  type Where,
} from 'payload'

import { idOf } from '@fazaa/cms/access/roles'
import { refusalOf, type Refusal } from './refusal'

/**
 * What a signed-in member reads and does runs as that member (`user`, and
 * `overrideAccess: false`): the CMS's access rules and workflow hooks decide, exactly as in the
 * admin panel and the REST API.
 */
export const as = (member: Member) => ({ user: member, overrideAccess: false as const })

/** The ids of relationship values, populated or not (the CMS's own `idOf`, typed for lists). */
export const idsOf = (values: readonly unknown[] | null | undefined): number[] =>
  (values ?? []).map(idOf).filter((id): id is number => typeof id === 'number')

/**
 * A list the member may not read at all (an applicant and the committees) is, for the page, an
 * empty list: the page explains the member's status instead of failing.
 */
export const orNothing = <T>(query: Promise<PaginatedDocs<T>>): Promise<{ docs: T[] }> =>
  query.catch((error: unknown) => {
    if (error instanceof Forbidden) return { docs: [] }
    throw error
  })

/**
 * A member's action: null when the CMS did it, otherwise its refusal in words for the member
 * (naming the rule when there is one). Anything that is not a refusal is thrown on.
 */
export const attempt = async (action: () => Promise<unknown>): Promise<Refusal | null> => {
  try {
    await action()
    return null
  } catch (error) {
    return refusalOf(error)
  }
}

/**
 * The member's one row of a kind (their vote on a proposal, their answer to a meeting): changed
 * when it exists, created otherwise, as the member. The database's unique index holds "one row"
 * when two posts race; the second then gets the rule's refusal, not a second row.
 */
export const upsertMine = <S extends CollectionSlug>(
  payload: Payload,
  member: Member,
  collection: S,
  mine: Where,
  data: RequiredDataFromCollectionSlug<S>,
): Promise<Refusal | null> =>
  attempt(async () => {
    const { docs } = await payload.find({
      collection,
      where: mine,
      limit: 1,
      depth: 0,
      ...as(member),
    })
    const existing = docs[0] as { id: number } | undefined
    if (existing) {
      // The whole row as the update; over a generic slug TypeScript cannot see that a row is a
      // partial of itself, so the cast says it.
      await payload.update({
        collection,
        id: existing.id,
        data: data as never,
        depth: 0,
        ...as(member),
      })
    } else {
      await payload.create({ collection, data, depth: 0, ...as(member) })
    }
  })
