import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startThrowawayDatabase, type ThrowawayDatabase } from '../../scripts/lib/throwawayDatabase'
import { startPortal } from '../helpers/portalProcess'
import { postVote, signInToPortal } from '../helpers/portalSession'
import { faultEnvironment, seedDemo } from '../helpers/faultEnvironment'

/**
 * The portal killed with SIGKILL in the middle of a voting burst (every active member of the
 * demo votes at once), then started again while the members whose page never came back vote
 * again. Every vote that was confirmed is there, no member has two rows, and after the retries
 * every member's row holds their choice.
 */
let database: ThrowawayDatabase
let env: NodeJS.ProcessEnv

let folder: ReturnType<typeof faultEnvironment>

beforeAll(async () => {
  database = await startThrowawayDatabase('kill_votes')
  folder = faultEnvironment('kill-votes', database.url)
  env = folder.env
  await seedDemo(env)
}, 300_000)

afterAll(async () => {
  await database?.stop()
  folder?.remove()
})

describe('the portal killed during a voting burst', () => {
  it(
    'keeps every confirmed vote, never two rows for a member, and takes the retries',
    { timeout: 240_000 },
    async () => {
      const db = new pg.Client(database.url)
      await db.connect()
      const proposal = (
        await db.query<{ id: number }>(
          `SELECT id FROM proposals WHERE status = 'voting' AND voting_closes_at > now() ORDER BY id LIMIT 1`,
        )
      ).rows[0]!.id
      const { rows: members } = await db.query<{ id: number; email: string }>(
        `SELECT id, email FROM members WHERE status = 'active' ORDER BY id`,
      )
      const first = await startPortal(env)
      const voters = await Promise.all(
        members.map(async (member, index) => ({
          ...member,
          // Each from an address of their own, as members at home are.
          cookie: await signInToPortal(first.url, member.email, undefined, `127.0.0.${20 + index}`),
          // Half say yes, half no: a later check can tell a member's own choice from a default.
          choice: index % 2 === 0 ? 'yes' : 'no',
        })),
      )
      const confirmed = new Set<number>()
      let next = 0
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < voters.length) {
            const voter = voters[next++]!
            try {
              if ((await postVote(first.url, proposal, voter.cookie, voter.choice)).status === 303)
                confirmed.add(voter.id)
            } catch {
              // The portal died under this vote: the member sees an error and votes again.
            }
            if (confirmed.size >= 5) first.kill()
          }
        }),
      )
      await first.stop()
      expect(confirmed.size).toBeGreaterThanOrEqual(5)
      expect(confirmed.size).toBeLessThan(voters.length)

      const cut = await db.query<{ member_id: number; n: number }>(
        `SELECT member_id, count(*)::int AS n FROM votes WHERE proposal_id = $1 GROUP BY member_id`,
        [proposal],
      )
      const present = new Set(cut.rows.map((row) => row.member_id))
      expect([...confirmed].filter((id) => !present.has(id))).toEqual([])
      expect(cut.rows.filter((row) => row.n > 1)).toEqual([])

      // Started again; the members who saw no confirmation vote again (the same session works).
      const second = await startPortal(env)
      try {
        for (const voter of voters.filter((v) => !confirmed.has(v.id))) {
          expect((await postVote(second.url, proposal, voter.cookie, voter.choice)).status).toBe(
            303,
          )
        }
      } finally {
        await second.stop()
      }
      const { rows: after } = await db.query<{ member_id: number; choice: string; n: number }>(
        `SELECT member_id, min(choice::text) AS choice, count(*)::int AS n FROM votes
       WHERE proposal_id = $1 GROUP BY member_id`,
        [proposal],
      )
      await db.end()
      expect(after.filter((row) => row.n > 1)).toEqual([])
      const choices = new Map(after.map((row) => [row.member_id, row.choice]))
      expect(voters.map((v) => [v.id, choices.get(v.id)])).toEqual(
        voters.map((v) => [v.id, v.choice]),
      )
    },
  )
})
