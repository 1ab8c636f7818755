import { sql } from '@payloadcms/db-postgres'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import {
  CONTENT_CHANNEL,
  encodeChange,
  isPubliclyVisibleChange,
} from '@fazaa/shared/contentChanges'
import { sqlHandle } from '../lib/db'

/**
 * Tells every portal process that public content changed, with NOTIFY inside the write's own
 * transaction: PostgreSQL delivers it on commit and drops it on rollback, so no portal drops its
 * cache too early (and re-caches the old page) or for a write that never happened. The message
 * names the collections written, and the portal drops only the pages that read them.
 */
export const announceContentChange = async (req: PayloadRequest, ...slugs: string[]) => {
  const db = await sqlHandle(req.payload, req)
  await db.execute(sql`SELECT pg_notify(${CONTENT_CHANNEL}, ${encodeChange(slugs)})`)
}

export const announceCollectionChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before = operation === 'create' ? undefined : previousDoc
  if (isPubliclyVisibleChange(collection.slug, before, doc)) {
    await announceContentChange(req, collection.slug)
  }
  return doc
}

export const announceCollectionDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  if (isPubliclyVisibleChange(collection.slug, doc, undefined)) {
    await announceContentChange(req, collection.slug)
  }
  return doc
}

export const announceGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await announceContentChange(req, global.slug)
  return doc
}
