/**
 * How long a delivery waits after a temporary refusal, by attempt: a mail server that is down for
 * a few minutes or greylists us gets the message soon after it is back, without being hammered.
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  60_000, // 1 minute
  5 * 60_000,
  15 * 60_000,
  60 * 60_000,
  6 * 60 * 60_000,
]

/** After this many failed attempts a temporary refusal is given up on, and recorded. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1

/** A claim older than this belongs to a sender that died mid-way; another may take it over. */
export const STALE_CLAIM_MS = 15 * 60_000

export type SmtpFailure = 'temporary' | 'permanent'

/**
 * Whether a send failure is worth retrying. An SMTP 5xx answer ("no such mailbox", "rejected")
 * is final; a 4xx answer ("try again later") and anything without an answer (the server is down,
 * the connection dropped, a timeout) is temporary.
 */
export const classifySmtpFailure = (error: unknown): SmtpFailure => {
  const code = Number((error as { responseCode?: unknown } | null)?.responseCode)
  return code >= 500 && code < 600 ? 'permanent' : 'temporary'
}

/** What happens to a delivery that just failed on its `attempts`-th try (1 = the first). */
export const afterFailure = (
  failure: SmtpFailure,
  attempts: number,
  now: Date,
): { status: 'pending'; nextAttemptAt: Date } | { status: 'failed' } => {
  if (failure === 'permanent' || attempts >= MAX_ATTEMPTS) return { status: 'failed' }
  const delay = RETRY_DELAYS_MS[attempts - 1] ?? RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1]!
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + delay) }
}
