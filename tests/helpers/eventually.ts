/** Waits (up to `ms`) until `check` gives something other than undefined, and returns it. */
export const eventually = async <T>(
  check: () => Promise<T | undefined>,
  what: string | (() => string),
  ms = 60_000,
) => {
  const started = Date.now()
  for (;;) {
    const result = await check()
    if (result !== undefined) return result
    if (Date.now() - started > ms) {
      throw new Error(`Not within ${ms / 1000} s: ${typeof what === 'string' ? what : what()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
