import { spawn } from 'node:child_process'
import path from 'node:path'

import { freePort } from '../scripts/lib/freePort'
import { needsBuild } from '../scripts/lib/needsBuild'
import { runToEnd, stopProcess } from '../scripts/lib/processes'
import type { Report } from './lib/report'

const root = path.resolve(import.meta.dirname, '..')

/** Milliseconds from `since` until `url` first answers 200 (polled every 50 ms). */
const firstOk = async (url: string, since: number, timeoutMs: number) => {
  while (performance.now() - since < timeoutMs) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) })
      await response.arrayBuffer()
      if (response.status === 200) return performance.now() - since
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} gave no 200 within ${timeoutMs / 1000} s`)
}

/**
 * `npm start` on an existing install (dependencies installed, both builds made, a database with
 * data): from the command to the first 200 from the portal's home page and from the admin's
 * sign-in page. The builds are made first if missing, outside the timing.
 */
export const benchColdStart = async (options: { env: NodeJS.ProcessEnv; report: Report }) => {
  const { env, report } = options
  const production = { ...env, NODE_ENV: 'production' as const }
  const cmsDir = path.join(root, 'cms')
  if (needsBuild(path.join(cmsDir, '.next', 'BUILD_ID'), [cmsDir, path.join(root, 'shared')])) {
    await runToEnd(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: cmsDir,
      env: production,
    })
  }
  const [cmsPort, portalPort] = [await freePort(), await freePort()]
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { ...env, CMS_PORT: String(cmsPort), PORTAL_PORT: String(portalPort), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  })
  try {
    const [portalMs, adminMs] = await Promise.all([
      firstOk(`http://127.0.0.1:${portalPort}/`, started, 300_000),
      firstOk(`http://127.0.0.1:${cmsPort}/admin/login`, started, 300_000),
    ])
    report.add('cold_start_portal_first_200_ms', Math.round(portalMs), 'ms')
    report.add('cold_start_admin_first_200_ms', Math.round(adminMs), 'ms')
  } finally {
    child.kill('SIGINT')
    await stopProcess(child, 20_000)
  }
}
