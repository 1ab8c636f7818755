import { Semaphore, withTimeout, type SemaphoreInterface } from 'async-mutex'
import type { Payload } from 'payload'
import { postgresOf } from './db'

/**
 * Every wait on the database has an end. Without these, one client's burst of writes wedged the
 * CMS for everyone until a restart: each write held its transaction's connection while Payload's
 * document-lock check asked the pool for a second one; with ten such writes the pool was empty,
 * every one of them waited for a connection only another could give back, and nothing ever
 * timed out. Now (1) at most TRANSACTION_SLOTS transactions are open at once, so a connection is
 * always left for the second query each of them may need; (2) anything that still waits gets a
 * bounded wait and then 503 "busy, try again" (translateOutageErrors); (3) PostgreSQL itself ends
 * a statement that runs too long and a transaction left idle by a request that went away.
 * (tests/faults/writeBurst.test.ts)
 */

/** Connections per process (the CMS and the portal each have a pool). */
export const POOL_SIZE = Math.max(4, Number(process.env.DATABASE_POOL_SIZE) || 10)

/**
 * Transactions open at once per process: each holds one connection and may ask for one more
 * while it is open (Payload's lock check, a read outside the transaction); one connection stays
 * with the portal's change listener. Leaves the rest for reads that hold nothing while they wait.
 */
export const TRANSACTION_SLOTS = Math.max(1, Math.floor((POOL_SIZE - 2) / 2))

/** How long a request waits for a connection, or for a transaction slot, before it gets 503. */
export const WAIT_FOR_DATABASE_MS = 10_000

/** No single statement runs longer (a runaway query, a wait on a row lock). */
export const STATEMENT_TIMEOUT_MS = 30_000

/** A transaction that does nothing for this long is ended by PostgreSQL (its client is gone). */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000

/** Payload's pool settings: the bounds above, on every connection it opens. */
export const boundedPool = (connectionString: string | undefined) => ({
  connectionString,
  max: POOL_SIZE,
  connectionTimeoutMillis: WAIT_FOR_DATABASE_MS,
  statement_timeout: STATEMENT_TIMEOUT_MS,
  idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
})

/** The error of a request that found every transaction slot taken for too long. */
export const DATABASE_BUSY = 'FAZAA_DATABASE_BUSY'

const busy = () =>
  Object.assign(new Error('Every database transaction slot stayed taken; try again shortly.'), {
    code: DATABASE_BUSY,
  })

/**
 * Puts Payload's transactions behind a semaphore of TRANSACTION_SLOTS: a transaction takes a slot
 * before it takes its connection and gives it back when it commits or rolls back.
 */
export const limitTransactions = (payload: Payload): void => {
  const adapter = postgresOf(payload)
  const slots: SemaphoreInterface = withTimeout(
    new Semaphore(TRANSACTION_SLOTS),
    WAIT_FOR_DATABASE_MS,
    busy(),
  )
  const releases = new Map<string | number, () => void>()
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const giveBack = async (id: Parameters<typeof commit>[0]) => {
    // A transaction that never began has given its slot back already.
    const key = await Promise.resolve(id).catch(() => undefined)
    if (key == null) return
    releases.get(key)?.()
    releases.delete(key)
  }
  adapter.beginTransaction = async (options) => {
    const [, release] = await slots.acquire()
    try {
      const id = await begin(options)
      if (id == null) release()
      else releases.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  adapter.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      await giveBack(id)
    }
  }
  adapter.rollbackTransaction = async (id) => {
    try {
      await rollback(id)
    } finally {
      await giveBack(id)
    }
  }
}
