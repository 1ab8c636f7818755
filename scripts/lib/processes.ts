import { spawn, type ChildProcess } from 'node:child_process'

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export const runToEnd = (
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: 'inherit' })
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })

/** Starts a long-running server whose output is prefixed with its name. */
export const startServer = (
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): ChildProcess => {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (line.trim()) stream.write(`[${name}] ${line}\n`)
  }
  child.stdout?.on('data', prefix(process.stdout))
  child.stderr?.on('data', prefix(process.stderr))
  return child
}

/** Resolves once `url` answers with any HTTP status below 500, or rejects after `timeoutMs`. */
export const waitForHttp = async (url: string, timeoutMs: number): Promise<number> => {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      // A request made while the server is still starting can stall: give each try 3 s.
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(3000) })
      if (response.status < 500) return Date.now() - started
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** Stops a child politely (SIGTERM), then firmly after a grace period. */
export const stopProcess = (child: ChildProcess, graceMs = 5000) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })

/** Deaths of a server counted for its restart delay: those of the last ten minutes. */
export const RESTART_WINDOW_MS = 10 * 60_000

/** 1 s after a first death, doubling with each death in the window, at most 30 s. */
export const restartDelayMs = (deathsInWindow: number) =>
  Math.min(30_000, 1000 * 2 ** Math.max(0, deathsInWindow - 1))
