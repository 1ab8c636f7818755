import { spawn } from 'node:child_process'
import path from 'node:path'

/** Starts restServerProcess.ts with `env` and resolves with its base URL and the child. */
export const startRestServerProcess = async (env: NodeJS.ProcessEnv) => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'restServerProcess.ts')],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))
    child.once('exit', (code) => reject(new Error(`the REST server exited with ${code}`)))
  })
  return { base, child }
}
