import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { quorumShareOf, turnoutOf, type Turnout } from '@fazaa/shared/rules/votingRound'
import { limitsOf } from '../../../lib/configuredLimits'
import { sqlHandle } from '../../../lib/db'
import type { VotingRound } from '../../../payload-types'

/**
 * A round's turnout now: the active members (who may vote), and how many of them voted on at
 * least one of its proposals, counted in the database. Who voted what never leaves it.
 */
export const roundTurnout = async (
  payload: Payload,
  round: Pick<VotingRound, 'id' | 'quorumPercent'>,
  req?: PayloadRequest,
): Promise<Turnout> => {
  const db = await sqlHandle(payload, req)
  const { rows } = await db.execute(sql`
    SELECT
      (SELECT count(*)::int FROM members WHERE status = 'active') AS eligible,
      (SELECT count(DISTINCT v.member_id)::int
         FROM votes v JOIN proposals p ON p.id = v.proposal_id
        WHERE p.round_id = ${round.id}) AS voters
  `)
  const { eligible, voters } = rows[0] as { eligible: number; voters: number }
  return turnoutOf({ eligible, voters }, quorumShareOf(round, limitsOf(payload.config)))
}
