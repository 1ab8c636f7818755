import type {
  CollectionBeforeOperationHook,
  FlattenedField,
  GlobalBeforeReadHook,
  SanitizedCollectionConfig,
} from 'payload'

import { noteRead } from '@fazaa/shared/contentReads'

/**
 * Join fields read another collection in the same SQL query, without an operation of their
 * own: a read of the collection counts as a read of those too.
 */
const joinedCollectionsOf = (fields: FlattenedField[]): string[] =>
  fields.flatMap((field) => {
    if (field.type === 'join') {
      return Array.isArray(field.collection) ? field.collection : [field.collection]
    }
    return 'flattenedFields' in field ? joinedCollectionsOf(field.flattenedFields) : []
  })

const READS = new Set<string>(['read', 'count', 'readDistinct'])

const joinsBySlug = new WeakMap<SanitizedCollectionConfig, string[]>()

/**
 * Tells whoever is recording (the portal's page cache, see shared/contentReads.ts) that this
 * collection was read: every find, count and populated relation passes here, found or not, so
 * an empty state depends on the collection as much as a list does.
 */
export const noteCollectionRead: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  if (READS.has(operation)) {
    let joined = joinsBySlug.get(collection)
    if (!joined) {
      joined = joinedCollectionsOf(collection.flattenedFields)
      joinsBySlug.set(collection, joined)
    }
    noteRead(collection.slug, ...joined)
  }
  return args
}

export const noteGlobalRead: GlobalBeforeReadHook = ({ doc, global }) => {
  noteRead(global.slug)
  return doc
}
