import type { CollectionBeforeChangeHook } from 'payload'

import { isAdminUser } from '../../../access/roles'

/**
 * Who uploaded a file, from the session: a member's own receipt stays theirs to see before its
 * expense is approved (cms/access/readMedia.ts). Set on create and never moved; an admin may
 * name someone else (uploading on their behalf).
 */
export const recordUploader: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') {
    if (!isAdminUser(req.user) || data.uploadedBy == null) data.uploadedBy = req.user?.id ?? null
  } else {
    data.uploadedBy = originalDoc?.uploadedBy
  }
  return data
}
