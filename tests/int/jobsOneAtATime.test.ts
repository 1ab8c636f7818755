import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { sql } from '@payloadcms/db-postgres'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { oneAtATime } from '../../cms/jobs/oneAtATime'
import { ABANDONED_AFTER_MINUTES, releaseAbandonedJobs } from '../../cms/jobs/releaseAbandonedJobs'
import { sqlHandle } from '../../cms/lib/db'
import { createMember, daysFromNow } from '../helpers/fixtures'
import { resetDatabase, testPayload } from '../helpers/payload'

let cms: Payload
/**
 * What `oneAtATime` asks of a second CMS process: its own pool of connections to the same
 * database (the lock belongs to a connection, so another pool is another process to PostgreSQL).
 */
let secondCms: Payload
let secondPool: pg.Pool

beforeAll(async () => {
  cms = await testPayload()
  await resetDatabase(cms)
  secondPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 })
  secondCms = { db: { pool: secondPool } } as unknown as Payload
})

afterAll(() => secondPool?.end())

/**
 * A second CMS process's runner over the workflow queue (tests/helpers/jobRunnerProcess.ts),
 * started and ready; `run()` lets it go and resolves when it is done.
 */
const anotherProcessReadyToRunJobs = async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, '../helpers/jobRunnerProcess.ts')],
    { env: process.env, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  const lines = createInterface({ input: child.stdout })
  const next = () => new Promise<string>((resolve) => lines.once('line', resolve))
  expect(await next()).toBe('ready')
  return {
    run: async () => {
      const done = next()
      child.stdin.write('go\n')
      await done
    },
  }
}

/** Work that takes a moment in the database, counting how many runs are at it at once. */
const probe = () => {
  let atWork = 0
  let most = 0
  let runs = 0
  const work = () => async () => {
    atWork += 1
    most = Math.max(most, atWork)
    await (await sqlHandle(cms)).execute(sql`SELECT pg_sleep(0.2)`)
    atWork -= 1
    runs += 1
  }
  return { work, most: () => most, runs: () => runs }
}

describe('scheduled tasks, with more than one process on the database', () => {
  it('run one at a time: a later run waits for the one at work, in any process', async () => {
    const same = probe()
    await Promise.all([
      oneAtATime(cms, 'probe-task', same.work()),
      oneAtATime(secondCms, 'probe-task', same.work()),
      oneAtATime(cms, 'probe-task', same.work()),
      oneAtATime(secondCms, 'probe-task', same.work()),
    ])
    expect(same.runs()).toBe(4)
    expect(same.most()).toBe(1)
    // Different tasks do not wait for each other (and the probe does see runs side by side).
    const different = probe()
    await Promise.all([
      oneAtATime(cms, 'probe-task-a', different.work()),
      oneAtATime(secondCms, 'probe-task-b', different.work()),
    ])
    expect(different.most()).toBe(2)
  })

  it('gives the lock back when the work fails, so the next run is not stuck', async () => {
    await expect(
      oneAtATime(cms, 'probe-failing', async () => {
        throw new Error('The work failed')
      }),
    ).rejects.toThrow('The work failed')
    await expect(oneAtATime(secondCms, 'probe-failing', async () => 'ran')).resolves.toBe('ran')
  })

  it('dissolve a committee once when two processes run the job at the same moment', async () => {
    const [lead, newcomer] = [await createMember(cms), await createMember(cms)]
    const committee = await cms.create({
      collection: 'committees',
      data: {
        name: 'Both processes see it end',
        kind: 'flying',
        status: 'active',
        lead: lead.id,
        members: [lead.id, newcomer.id],
        startDate: daysFromNow(-40),
        endDate: daysFromNow(10),
      },
    })
    await (
      await sqlHandle(cms)
    ).execute(sql`UPDATE committees SET end_date = ${daysFromNow(-1)} WHERE id = ${committee.id}`)
    // Two runs queued (two schedules fired); this process and another take one each, at once.
    for (let i = 0; i < 2; i++) {
      await cms.jobs.queue({ task: 'completeExpiredCommittees', input: {}, queue: 'workflow' })
    }
    const other = await anotherProcessReadyToRunJobs()
    await Promise.all([cms.jobs.run({ queue: 'workflow', limit: 1 }), other.run()])
    expect((await cms.findByID({ collection: 'committees', id: committee.id })).status).toBe(
      'completed',
    )
    const reports = await cms.count({
      collection: 'meetings',
      where: { kind: { equals: 'open' }, committee: { equals: committee.id } },
    })
    expect(reports.totalDocs).toBe(1)
  })

  it('hand back a job that a dead process left running, and only such a job', async () => {
    const db = await sqlHandle(cms)
    const queue = () =>
      cms.jobs.queue({ task: 'completeExpiredCommittees', input: {}, queue: 'workflow' })
    const [abandoned, running] = [await queue(), await queue()]
    await db.execute(sql`UPDATE payload_jobs SET processing = true,
      updated_at = now() - make_interval(mins => ${ABANDONED_AFTER_MINUTES + 1})
      WHERE id = ${abandoned.id}`)
    await db.execute(sql`UPDATE payload_jobs SET processing = true WHERE id = ${running.id}`)
    // Payload's runner takes neither: both look taken.
    await cms.jobs.run({ queue: 'workflow' })
    const stateOf = async (id: number | string) =>
      (
        await db.execute(
          sql`SELECT processing, completed_at IS NOT NULL AS done FROM payload_jobs WHERE id = ${id}`,
        )
      ).rows[0] as { processing: boolean; done: boolean } | undefined
    expect(await stateOf(abandoned.id)).toEqual({ processing: true, done: false })

    expect(await releaseAbandonedJobs(cms)).toBe(1)
    await cms.jobs.run({ queue: 'workflow' })
    // Run and, as Payload does with finished jobs, removed; the live one left alone.
    expect(await stateOf(abandoned.id)).toBeUndefined()
    expect(await stateOf(running.id)).toEqual({ processing: true, done: false })
    await db.execute(sql`DELETE FROM payload_jobs WHERE id = ${running.id}`)
  })
})
