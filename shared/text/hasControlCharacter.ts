/**
 * Whether a text holds a control character (C0, DEL, C1: Unicode's Cc): none belongs in an
 * address of ours (a path, a file name, a slug), and file systems and PostgreSQL refuse NUL.
 */
export const hasControlCharacter = (text: string): boolean => /\p{Cc}/u.test(text)
