/**
 * The fellowship's "now", in one place: the seed, the hooks, the jobs and the portal ask `now()`
 * instead of `new Date()`, and the pure rules take it as an argument. So the whole calendar of
 * the fellowship (vote windows, the campaign of the month, committees' end dates, meetings to
 * come, reminders) can be run at any date: by a test in its own process (`setClock`), or by every
 * process of a running product (`FAZAA_NOW`).
 *
 * `FAZAA_NOW=2028-02-29T21:30:00Z` starts the clock at that instant; it then runs at the normal
 * pace. The start script pins it once for all the processes it starts (`pinnedClock`), so the
 * CMS and the portal agree to the millisecond.
 *
 * What runs on the machine's clock instead, on purpose: Payload's own bookkeeping (sessions and
 * their tokens, createdAt/updatedAt, the jobs queue's timing), mail retry waits, rate limits and
 * log and file names. With no FAZAA_NOW (production) the two clocks are the same.
 */

/** `<instant>@<machine epoch ms>`: at that moment of the machine's clock, it was that instant. */
const PINNED = /^(.+)@(\d+)$/

const offsetFrom = (value: string | undefined): number => {
  if (!value) return 0
  const pinned = PINNED.exec(value)
  const instant = Date.parse(pinned ? pinned[1]! : value)
  if (Number.isNaN(instant)) {
    throw new Error(
      `FAZAA_NOW must be an ISO date and time such as 2028-02-29T21:30:00Z, not "${value}"`,
    )
  }
  return instant - (pinned ? Number(pinned[2]) : Date.now())
}

// Read on first use, not on import: the start script loads `.env` after its imports.
let offsetMs: number | undefined

/** The fellowship's current instant. */
export const now = (): Date => {
  offsetMs ??= offsetFrom(typeof process === 'undefined' ? undefined : process.env.FAZAA_NOW)
  return new Date(Date.now() + offsetMs)
}

/** Sets this process's clock to `at` (it runs on from there), or back to the machine's. */
export const setClock = (at: Date | string | null): void => {
  offsetMs = at == null ? 0 : offsetFrom(new Date(at).toISOString())
}

/**
 * FAZAA_NOW as the processes started from here should read it: with the machine's moment it
 * refers to, so that a process started a few seconds later does not start its clock later too.
 */
export const pinnedClock = (value: string): string => {
  if (PINNED.test(value)) return value
  offsetFrom(value)
  return `${value}@${Date.now()}`
}
