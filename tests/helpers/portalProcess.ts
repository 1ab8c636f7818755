import { spawn } from 'node:child_process'
import path from 'node:path'

import { freePort } from '../../scripts/lib/freePort'
import { stopProcess, waitForHttp } from '../../scripts/lib/processes'

/**
 * One more portal process from the production build the e2e setup made, on a free port, for a
 * test that needs it configured differently (no Stripe keys, an https public address).
 * `env` replaces the test's environment; PORT, HOST and (unless given) PORTAL_PUBLIC_URL are set.
 */
export const startPortal = async (env: NodeJS.ProcessEnv) => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: path.resolve(import.meta.dirname, '../../portal'),
    env: {
      PORTAL_PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
      ...env,
      NODE_ENV: 'production',
      FAZAA_JOBS: 'off',
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: 'inherit',
  })
  await waitForHttp(`${url}/`, 60_000)
  return {
    url,
    stop: () => stopProcess(child),
    /** SIGKILL: the process dies at once, mid-request, as on an out-of-memory kill. */
    kill: () => child.kill('SIGKILL'),
  }
}
