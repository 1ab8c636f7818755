import { spawn } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** Runs the planted project (tests/fixtures/exitCode) as `vitest run` runs, and gives its exit. */
const runPlanted = (planted: 'pass' | 'fail' | 'setup') =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--config',
        'tests/fixtures/exitCode/vitest.config.ts',
      ],
      {
        cwd: root,
        env: { ...process.env, FAZAA_PLANTED: planted, DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })

/**
 * What CI sees: a run whose test fails, or whose global setup (a throwaway embedded PostgreSQL,
 * as the integration tests have) cannot start, exits non-zero; a run that passes exits 0. Every
 * test command (`npm test` and the others) is such a run, or a chain of them with `&&`.
 */
describe('the exit code of a test run', () => {
  it('is 0 when the test passes', async () => {
    const run = await runPlanted('pass')
    expect(run.output).toMatch(/1 passed/)
    expect(run.code, run.output).toBe(0)
  })

  it('is not 0 when a test fails', async () => {
    const run = await runPlanted('fail')
    expect(run.output).toMatch(/1 failed/)
    expect(run.code, run.output).not.toBe(0)
  })

  it('is not 0 when the global setup cannot start', async () => {
    const run = await runPlanted('setup')
    expect(run.output).toContain('A global setup that cannot start')
    expect(run.code, run.output).not.toBe(0)
  })
})
