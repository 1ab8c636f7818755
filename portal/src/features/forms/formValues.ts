/**
 * Reading the values a form sends back that are not free text. A browser sends what the page
 * offered; anything else was typed by hand or forged, and must be refused, not passed on to the
 * database (where "abc" as an id, or the 45th of a month, is an error, not a refusal).
 */

/** The id of a row the page listed (a meeting, a committee, a member): a positive integer. */
export const formId = (value: FormDataEntryValue | null): number | null => {
  if (typeof value !== 'string' || !/^[1-9]\d{0,14}$/.test(value.trim())) return null
  return Number(value.trim())
}

/** One of the choices the page offered. */
export const formChoice = <T extends string>(
  value: FormDataEntryValue | null,
  choices: readonly T[],
): T | null => choices.find((choice) => choice === value) ?? null

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** An address that could be delivered to (the server decides the rest): something@host.tld. */
export const looksLikeEmail = (value: string): boolean => value.length <= 254 && EMAIL.test(value)

/** A date from `<input type="date">` (YYYY-MM-DD) that exists on the calendar, as noon UTC. */
export const formDate = (value: string): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const date = new Date(`${value}T12:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
    ? date.toISOString()
    : null
}
