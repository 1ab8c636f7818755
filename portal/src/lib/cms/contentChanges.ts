import { postgresOf } from '@fazaa/cms/lib/db'
import { CONTENT_CHANNEL, decodeChange } from '@fazaa/shared/contentChanges'
import { cms } from './client'

export interface ContentChangeHandlers {
  /** The CMS committed a change to public content in these collections (or globals). */
  onChange: (what: string[]) => void
  /** Whether changes can be heard right now: a cache must not serve what it cannot invalidate. */
  onListening: (listening: boolean) => void
}

/**
 * Listens on the CMS's content channel (PostgreSQL LISTEN on a connection of Payload's own pool)
 * and keeps listening: when the connection drops (a database restart), it says so and reconnects
 * with a growing pause. Returns a function that stops listening.
 */
export const watchContentChanges = (handlers: ContentChangeHandlers): (() => void) => {
  let stopped = false
  let pauseMs = 250
  let current: (() => void) | undefined
  const retry = () => {
    if (stopped) return
    pauseMs = Math.min(pauseMs * 2, 10_000)
    setTimeout(() => void connect(), pauseMs)
  }
  const connect = async () => {
    if (stopped) return
    let client
    try {
      client = await postgresOf(await cms()).pool.connect()
    } catch {
      return retry()
    }
    let lost = false
    const drop = (error?: Error) => {
      if (lost) return
      lost = true
      handlers.onListening(false)
      client.release(error ?? true)
      retry()
    }
    client.on('error', drop)
    client.on('notification', (message) => handlers.onChange(decodeChange(message.payload ?? '')))
    current = drop
    try {
      await client.query(`LISTEN ${CONTENT_CHANNEL}`)
    } catch (error) {
      return drop(error as Error)
    }
    pauseMs = 250
    handlers.onListening(true)
  }
  void connect()
  return () => {
    stopped = true
    current?.()
  }
}
