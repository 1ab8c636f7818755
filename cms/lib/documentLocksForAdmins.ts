import type { Payload } from 'payload'

import { isAdmin } from '../access/isAdmin'

/**
 * The admin panel's "someone is editing this" locks are for those who use the admin panel: the
 * management. Payload lets any signed-in user read, create and change them, so an applicant could
 * lock any document against the admins' saves (423) or name an admin as the holder. Payload adds
 * this collection itself after the config is built, so its access is set once it exists.
 */
export const documentLocksForAdmins = (payload: Payload): void => {
  const locks = payload.collections['payload-locked-documents']?.config
  if (!locks) return
  locks.access = {
    ...locks.access,
    read: isAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  }
}
