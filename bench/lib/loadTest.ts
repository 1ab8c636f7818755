import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'

const run = promisify(execFile)
const autocannon = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

export interface LoadResult {
  requestsPerSecond: number
  p50: number
  p99: number
  /** Answers 4xx or 5xx, connection errors and timeouts (a 303 after a form post is success). */
  failures: number
}

/**
 * Loads one URL with autocannon in its own process, so that the load generator never shares an
 * event loop (or a core's time slice accounting) with the server it measures.
 */
export const loadTest = async (
  url: string,
  options: {
    connections: number
    seconds: number
    headers?: Record<string, string>
    method?: 'GET' | 'POST'
    body?: string
  },
): Promise<LoadResult> => {
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([name, value]) => [
    '-H',
    `${name}=${value}`,
  ])
  const { stdout } = await run(
    process.execPath,
    [
      autocannon,
      '--json',
      '-c',
      String(options.connections),
      '-d',
      String(options.seconds),
      ...headerArgs,
      ...(options.method ? ['-m', options.method] : []),
      ...(options.body ? ['-b', options.body] : []),
      url,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  )
  const result = JSON.parse(stdout) as {
    requests: { average: number }
    latency: { p50: number; p99: number }
    '4xx': number
    '5xx': number
    errors: number
    timeouts: number
  }
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result['4xx'] + result['5xx'] + result.errors + result.timeouts,
  }
}
