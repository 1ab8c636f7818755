import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { VoteChoice } from '@fazaa/shared/domain/vocabulary'
import { sqlHandle } from './db'

export interface VoteCount {
  proposal: number
  choice: VoteChoice
  count: number
}

/**
 * How many votes each choice has on each proposal, counted in the database: nobody may read
 * other members' ballots (the votes' access says so), and only these totals leave it.
 */
export const countVotes = async (
  payload: Payload,
  proposalIds: number[],
  req?: PayloadRequest,
): Promise<VoteCount[]> => {
  if (proposalIds.length === 0) return []
  const db = await sqlHandle(payload, req)
  const { rows } = await db.execute(sql`
    SELECT proposal_id AS proposal, choice::text AS choice, count(*)::int AS count
    FROM votes WHERE proposal_id IN (${sql.join(
      proposalIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    GROUP BY proposal_id, choice
  `)
  return rows as unknown as VoteCount[]
}
