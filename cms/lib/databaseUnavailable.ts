/**
 * Whether an error means the database cannot be reached right now (restarting, down, refusing
 * connections), as opposed to a query that failed: then the right answer is 503 "try again in a
 * minute", not 500. Looks down the cause chain, since Payload and Drizzle wrap the driver's error.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'])
// SQLSTATE 08 (connection exception) and 57P01-57P03 (the server shutting down or starting).
const SERVER_CODES = /^(08\w{3}|57P0[123])$/
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
