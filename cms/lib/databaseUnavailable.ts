import { DATABASE_BUSY } from './databaseBounds'

/**
 * Whether an error means the database cannot answer right now (restarting, down, refusing
 * connections, or every connection busy for longer than a request waits), as opposed to a query
 * that failed: then the right answer is 503 "try again shortly", not 500. Looks down the cause
 * chain, since Payload and Drizzle wrap the driver's error.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  DATABASE_BUSY,
])
// SQLSTATE 08 (connection exception), 57P01-57P03 (the server shutting down or starting), and
// the bounds of databaseBounds.ts: 57014 (a statement past its timeout), 55P03 (a lock waited
// for too long), 25P03 (a transaction idle for too long, ended by the server).
const SERVER_CODES = /^(08\w{3}|57P0[123]|57014|55P03|25P03)$/
const MESSAGES =
  /Connection terminated|connection (?:is )?closed|the database system is (?:starting up|shutting down)|timeout exceeded when trying to connect/i

export const isDatabaseUnavailable = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > 6) return false
  const { code, message, cause, errors } = error as {
    code?: unknown
    message?: unknown
    cause?: unknown
    errors?: unknown
  }
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.test(code))) return true
  if (typeof message === 'string' && MESSAGES.test(message)) return true
  // An AggregateError (a connection tried on IPv4 and IPv6) carries its reasons in `errors`.
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true
  return isDatabaseUnavailable(cause, depth + 1)
}
