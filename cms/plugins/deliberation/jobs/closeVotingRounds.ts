import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type TaskConfig,
} from 'payload'

import * as clock from '@fazaa/shared/clock'
import { decideRound } from '@fazaa/shared/rules/votingRound'
import { oneAtATime } from '../../../jobs/oneAtATime'
import { SCHEDULES } from '../../../jobs/schedules'
import { limitsOf } from '../../../lib/configuredLimits'
import { sqlHandle } from '../../../lib/db'
import { VOTING_ROUNDS } from '../collections/VotingRounds'
import { rankProposals } from '../lib/roundTally'
import { roundTurnout } from '../lib/roundTurnout'
import { ROUND_CONTEXT, settleRoundProposals } from '../lib/settleRoundProposals'

/** The jobs queue rounds close on: every minute, so a round closes on time to the minute. */
export const ROUNDS_QUEUE = 'rounds'

/**
 * Closes one round whose time is up, in one transaction: the round's row is locked first, so a
 * second CMS process running the same job waits and then finds it already closed. Returns
 * whether this run closed it.
 */
export const closeRound = async (payload: Payload, id: number, now: Date): Promise<boolean> => {
  const req = await createLocalReq({ context: { ...ROUND_CONTEXT } }, payload)
  await initTransaction(req)
  try {
    const db = await sqlHandle(payload, req)
    const { rows } = await db.execute(sql`
      SELECT id FROM voting_rounds
       WHERE id = ${id} AND status IN ('open', 'extended') AND closes_at <= ${now.toISOString()}
       FOR UPDATE
    `)
    if (rows.length === 0) {
      await commitTransaction(req)
      return false
    }
    const round = await payload.findByID({ collection: VOTING_ROUNDS, id, depth: 0, req })
    const { docs: proposals } = await payload.find({
      collection: 'proposals',
      where: { round: { equals: id }, status: { equals: 'voting' } },
      select: { submittedAt: true, createdAt: true },
      pagination: false,
      depth: 0,
      req,
    })
    const ranked = await rankProposals(payload, proposals, req)
    const turnout = await roundTurnout(payload, round, req)
    const decision = decideRound({
      ranked,
      turnout,
      extended: round.extendedFrom != null,
      closesAt: round.closesAt,
      limits: limitsOf(payload.config),
    })
    const figures = { eligible: turnout.eligible, voters: turnout.voters, needed: turnout.needed }
    const update = (data: Record<string, unknown>) =>
      payload.update({ collection: VOTING_ROUNDS, id, data, depth: 0, req, context: ROUND_CONTEXT })
    switch (decision.outcome) {
      case 'extended':
        await update({
          ...figures,
          status: 'extended',
          extendedFrom: round.closesAt,
          closesAt: decision.closesAt.toISOString(),
        })
        break
      case 'tied':
        await update({
          ...figures,
          status: 'tied',
          closedAt: now.toISOString(),
          tiedProposals: decision.between,
        })
        break
      case 'decided': {
        const campaign = await settleRoundProposals(req, round, decision.winner)
        await update({
          ...figures,
          status: 'decided',
          closedAt: now.toISOString(),
          winner: decision.winner,
          campaign,
        })
        break
      }
      default:
        await settleRoundProposals(req, round, null)
        await update({ ...figures, status: decision.outcome, closedAt: now.toISOString() })
    }
    await commitTransaction(req)
    return true
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Every round whose close has come, each in its own transaction. A round that cannot close is
 * logged and tried again at the next run, and does not hold the others back. Returns how many
 * closed.
 */
export const closeDueRounds = async (payload: Payload): Promise<number> => {
  const now = clock.now()
  const { docs } = await payload.find({
    collection: VOTING_ROUNDS,
    where: {
      status: { in: ['open', 'extended'] },
      closesAt: { less_than_equal: now.toISOString() },
    },
    select: { status: true },
    sort: 'closesAt',
    pagination: false,
    depth: 0,
  })
  let closed = 0
  let failed: unknown = null
  for (const { id } of docs) {
    try {
      if (await closeRound(payload, id, now)) closed += 1
    } catch (error) {
      payload.logger.error({ err: error, round: id }, `Voting round ${id} could not close`)
      failed ??= error
    }
  }
  // The run is marked failed (and retried) once the others have closed.
  if (failed) throw failed
  return closed
}

/**
 * Every minute (SCHEDULES): rounds whose close has come are tallied and decided. Safe when two
 * CMS processes run it: one run at a time (oneAtATime), and each round locked while it closes.
 */
export const closeVotingRounds: TaskConfig<'closeVotingRounds'> = {
  slug: 'closeVotingRounds',
  label: 'Close voting rounds whose time is up',
  schedule: [{ cron: SCHEDULES.closeVotingRounds, queue: ROUNDS_QUEUE }],
  outputSchema: [{ name: 'closed', type: 'number', required: true }],
  handler: ({ req }) =>
    oneAtATime(req.payload, 'closeVotingRounds', async () => ({
      output: { closed: await closeDueRounds(req.payload) },
    })),
}
