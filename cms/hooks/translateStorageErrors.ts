import type { AfterErrorHook } from 'payload'

import { fail } from '@fazaa/shared/rules/result'
import { ruleErrorResponse } from '../lib/ruleError'

/**
 * The uploads folder cannot take a file: the disk is full (ENOSPC), the folder is read-only
 * (EROFS, EACCES, EPERM), or it is not a folder at all (ENOTDIR, or EEXIST when Payload tries to
 * create it). Payload writes the file before
 * it commits the record, so nothing is stored; the person hears what happened and that trying
 * later is the remedy (503), instead of a bare server error.
 */
const STORAGE_CODES = new Set(['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EDQUOT'])

const storageCodeOf = (error: unknown, depth = 0): string | null => {
  if (!error || typeof error !== 'object' || depth > 5) return null
  const { code, syscall, cause } = error as { code?: unknown; syscall?: unknown; cause?: unknown }
  if (typeof code === 'string' && STORAGE_CODES.has(code)) return code
  if (code === 'EEXIST' && syscall === 'mkdir') return code
  return storageCodeOf(cause, depth + 1)
}

export const translateStorageErrors: AfterErrorHook = ({ error, req }) => {
  const code = storageCodeOf(error)
  if (!code) return
  const violation = fail('upload-storage-unavailable', { code })
  return ruleErrorResponse(violation, req, 503)
}
