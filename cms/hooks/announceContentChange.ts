import { sql } from '@payloadcms/db-postgres'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { CONTENT_CHANNEL } from '../../shared/contentChanges'
import { sqlHandle } from '../lib/db'

/**
 * Tells every portal process that public content changed, with NOTIFY inside the write's own
 * transaction: PostgreSQL delivers it on commit and drops it on rollback, so no portal drops its
 * cache too early (and re-caches the old page) or for a write that never happened.
 */
const announce = async (req: PayloadRequest, what: string) => {
  const db = await sqlHandle(req.payload, req)
  await db.execute(sql`SELECT pg_notify(${CONTENT_CHANNEL}, ${what})`)
}

export const announceCollectionChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  await announce(req, collection.slug)
  return doc
}

export const announceCollectionDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  await announce(req, collection.slug)
  return doc
}

export const announceGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await announce(req, global.slug)
  return doc
}
