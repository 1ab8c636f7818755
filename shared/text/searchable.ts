import { toLatinDigits } from './latinDigits'

/**
 * Text as a search compares it, the same for what is stored and what is typed: lower case, Latin
 * digits, no diacritics or tatweel, and the Arabic letters people type interchangeably folded
 * into one (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي), so «ألمانيا», «المانيا» and «أَلمانيا» meet.
 */
export const searchable = (text: string): string =>
  toLatinDigits(text)
    .normalize('NFKD')
    // Combining marks: Latin accents, Arabic harakat and the hamza NFKD splits off its carrier.
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, 'ا')
    .replace(/\u0629/g, 'ه')
    .replace(/[\u0649\u0626]/g, 'ي')
    .replace(/\u0624/g, 'و')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim()

/** The words of a search, each in its searchable form; at most \`max\` of them. */
export const searchWords = (text: string, max = 6): string[] =>
  [...new Set(searchable(text).split(' ').filter(Boolean))].slice(0, max)
