import type { TextField } from '../domain/textFields'
import { fail, ok, type RuleResult } from './result'

const isWritten = (text: unknown): boolean => typeof text === 'string' && text.trim() !== ''

/**
 * A text is required in one language at least: the one being saved, or one already written. A
 * proposal sent in English has no Arabic title until an admin translates it, and is read in
 * English meanwhile; a text left empty in every language is refused.
 */
export const checkWrittenInSomeLanguage = (
  field: TextField,
  texts: readonly unknown[],
): RuleResult => (texts.some(isWritten) ? ok() : fail('text-missing', { field }))
