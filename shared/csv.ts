export type CsvCell = string | number | null | undefined

/**
 * One CSV cell: quoted when it holds a separator, a quote or a line break; a text that starts
 * like a formula (= + - @) gets a leading apostrophe so a spreadsheet shows it instead of running
 * it (a donor's message is typed by anyone).
 */
const cell = (value: CsvCell): string => {
  if (value == null) return ''
  if (typeof value === 'number') return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Makes Excel read the file as UTF-8 (Arabic names otherwise come out garbled). */
export const CSV_BOM = '\uFEFF'

/** Rows to CSV text (RFC 4180, CRLF line ends, as spreadsheets expect). */
export const toCsv = (rows: CsvCell[][]): string =>
  rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'

/** Minor units as a decimal amount with two places ("2300.00"), which spreadsheets read. */
export const csvAmount = (minor: number | null | undefined): string =>
  minor == null ? '' : (minor / 100).toFixed(2)
