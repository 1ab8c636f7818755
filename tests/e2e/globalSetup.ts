import { spawn, type ChildProcess } from 'node:child_process'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import type { TestProject } from 'vitest/node'

import { needsBuild } from '../../scripts/lib/needsBuild'
import { waitForHttp } from '../../scripts/lib/processes'
import setupDatabase from '../helpers/globalSetup'
import { freePort } from '../../scripts/lib/freePort'
import { E2E_STRIPE, startFakeStripe } from '../helpers/fakeStripe'
import { startSmtpPeer } from '../helpers/smtpPeer'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')

/**
 * The portal as visitors get it: a throwaway PostgreSQL with the demo data, the production build
 * of the portal, served by its own Node process on a free port.
 */
export default async function setup(project: TestProject) {
  const stopDatabase = await setupDatabase(project)
  // The portal's mail goes over real SMTP to a peer that keeps each message for the tests.
  const smtp = await startSmtpPeer(path.join(process.env.DATA_DIR!, 'smtp-received'))
  const stripe = await startFakeStripe({ webhookSecret: E2E_STRIPE.webhookSecret })
  const env = { ...process.env, FAZAA_JOBS: 'off', LOG_LEVEL: 'warn', SMTP_URL: smtp.url }
  await run('npx', ['tsx', 'scripts/seed.ts'], { cwd: root, env, timeout: 180_000 })
  // Built and served as in production (vitest sets NODE_ENV=test, which Vite reads as dev).
  const production = { ...env, NODE_ENV: 'production' as const }
  const portalDir = path.join(root, 'portal')
  const entry = path.join(portalDir, 'dist', 'server', 'entry.mjs')
  if (needsBuild(entry, [portalDir, path.join(root, 'cms'), path.join(root, 'shared')])) {
    await run('npx', ['astro', 'build'], { cwd: portalDir, env: production, timeout: 180_000 })
  }
  const port = await freePort()
  const portalUrl = `http://127.0.0.1:${port}`
  const portal: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: portalDir,
    env: {
      ...production,
      PORT: String(port),
      HOST: '127.0.0.1',
      PORTAL_PUBLIC_URL: portalUrl,
      STRIPE_SECRET_KEY: E2E_STRIPE.secretKey,
      STRIPE_WEBHOOK_SECRET: E2E_STRIPE.webhookSecret,
      STRIPE_API_URL: stripe.url,
    },
    stdio: 'inherit',
  })
  await waitForHttp(`${portalUrl}/`, 60_000)
  project.provide('portalUrl', portalUrl)
  project.provide('stripeUrl', stripe.url)
  return async () => {
    portal.kill('SIGTERM')
    await new Promise((resolve) => portal.once('exit', resolve))
    await smtp.stop()
    await stripe.close()
    await stopDatabase()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    portalUrl: string
    stripeUrl: string
  }
}
