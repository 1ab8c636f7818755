/**
 * How often one client (or one mail address) may try something that costs others: a sign-in
 * attempt, a mail sent to an address, an application to join. Counted in the database
 * (cms/plugins/throttle), so every process of the CMS and the portal counts together.
 *
 * Sign-in is throttled by client, with a wait that doubles after the first few failures, never
 * by account: five wrong passwords from one client no longer lock the account for its owner
 * (an attacker could otherwise lock out every admin, forever).
 */
export interface ThrottlePolicy {
  /** Counting starts again this long after the first counted event. */
  windowSeconds: number
  /** Events allowed in a window before any wait. */
  free: number
  /**
   * Past `free`: 'cap' refuses until the window ends; 'doubling' asks for a wait after the last
   * event of 1 s, 2 s, 4 s … up to `maxWaitSeconds`.
   */
  then: 'cap' | 'doubling'
  maxWaitSeconds?: number
}

export const THROTTLES = {
  /** Failed sign-ins from one client (address), by password, on the portal or the CMS. */
  signInByClient: { windowSeconds: 15 * 60, free: 5, then: 'doubling', maxWaitSeconds: 15 * 60 },
  /** Sign-in links and password resets mailed to one address: the same three as before. */
  mailByAddress: { windowSeconds: 15 * 60, free: 3, then: 'cap' },
  /** Mails of any kind one client makes the fellowship send to anybody. */
  mailByClient: { windowSeconds: 60 * 60, free: 10, then: 'cap' },
  /** Applications to join from one client (each one mails every admin). */
  applicationsByClient: { windowSeconds: 60 * 60, free: 3, then: 'cap' },
} as const satisfies Record<string, ThrottlePolicy>

export type ThrottleName = keyof typeof THROTTLES

/** What the database remembers of one client's (or address's) events in its window. */
export interface ThrottleState {
  count: number
  windowStartedAt: Date
  lastAt: Date
}

/**
 * Seconds before the next event is allowed (0: now), given what came before. With no state,
 * or a window that has ended, the event starts a new window.
 */
export const waitBeforeNext = (
  policy: ThrottlePolicy,
  state: ThrottleState | null,
  now: Date,
): number => {
  if (!state || isWindowOver(policy, state, now) || state.count < policy.free) return 0
  const until =
    policy.then === 'cap'
      ? state.windowStartedAt.getTime() + policy.windowSeconds * 1000
      : state.lastAt.getTime() +
        Math.min(policy.maxWaitSeconds ?? policy.windowSeconds, 2 ** (state.count - policy.free)) *
          1000
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000))
}

export const isWindowOver = (policy: ThrottlePolicy, state: ThrottleState, now: Date): boolean =>
  now.getTime() >= state.windowStartedAt.getTime() + policy.windowSeconds * 1000 &&
  // A doubling wait outlasts its window: the window is over only once the wait is.
  (policy.then === 'cap' ||
    now.getTime() >=
      state.lastAt.getTime() +
        Math.min(
          policy.maxWaitSeconds ?? policy.windowSeconds,
          2 ** Math.max(0, state.count - policy.free),
        ) *
          1000)

/** The state after one more allowed event. */
export const afterEvent = (
  policy: ThrottlePolicy,
  state: ThrottleState | null,
  now: Date,
): ThrottleState =>
  !state || isWindowOver(policy, state, now)
    ? { count: 1, windowStartedAt: now, lastAt: now }
    : { count: state.count + 1, windowStartedAt: state.windowStartedAt, lastAt: now }
