import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook } from 'payload'

import * as clock from '@fazaa/shared/clock'
import { fail } from '@fazaa/shared/rules/result'
import { idOf, isSameId } from '../../../access/roles'
import { sqlHandle } from '../../../lib/db'
import { assertRule } from '../../../lib/ruleError'
import type { Proposal } from '../../../payload-types'
import { VOTING_ROUNDS } from '../collections/VotingRounds'

const timeOf = (value: unknown) => (value ? new Date(String(value)).getTime() : null)

/**
 * A proposal in the vote belongs to a round. The management either picks a round (its window is
 * copied to the proposal) or gives the proposal a window, and the round of that window is found,
 * or opened when there is none: proposals closing together are decided together. Once its round
 * has opened, a proposal keeps it: members are voting on it there.
 */
export const linkProposalToRound: CollectionBeforeChangeHook<Proposal> = async ({
  data,
  originalDoc,
  req,
}) => {
  // The round's own writes: its window (sync) and its outcome (close) need no round found.
  if (req.context.fazaaRoundSync === true || req.context.fazaaRound === true) return data
  const merged = { ...originalDoc, ...data } as Proposal
  if (merged.status !== 'voting') return data

  const savedRound = originalDoc?.status === 'voting' ? idOf(originalDoc.round) : null
  const picked = data.round !== undefined && !isSameId(data.round, originalDoc?.round)
  const windowMoved =
    timeOf(merged.votingOpensAt) !== timeOf(originalDoc?.votingOpensAt) ||
    timeOf(merged.votingClosesAt) !== timeOf(originalDoc?.votingClosesAt)
  if (savedRound != null && (picked || windowMoved)) {
    const round = await req.payload.findByID({
      collection: VOTING_ROUNDS,
      id: savedRound,
      select: { opensAt: true },
      depth: 0,
      req,
    })
    if (new Date(round.opensAt) <= clock.now()) assertRule(fail('proposal-round-locked'), req)
  }

  if (picked && data.round != null) {
    const round = await req.payload.findByID({
      collection: VOTING_ROUNDS,
      id: idOf(data.round)!,
      select: { opensAt: true, closesAt: true },
      depth: 0,
      req,
    })
    data.votingOpensAt = round.opensAt
    data.votingClosesAt = round.closesAt
    return data
  }
  const opens = timeOf(merged.votingOpensAt)
  const closes = timeOf(merged.votingClosesAt)
  // Without a whole window the workflow's own rule names what is missing.
  if (opens == null || closes == null || closes <= opens) return data
  if (merged.round != null && !windowMoved) return data

  // One round per window, even when two proposals are put to the vote at the same moment.
  const db = await sqlHandle(req.payload, req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('fazaa-round-window'))`)
  const window = {
    opensAt: new Date(opens).toISOString(),
    closesAt: new Date(closes).toISOString(),
  }
  const { docs } = await req.payload.find({
    collection: VOTING_ROUNDS,
    where: { opensAt: { equals: window.opensAt }, closesAt: { equals: window.closesAt } },
    select: { status: true },
    limit: 1,
    depth: 0,
    req,
  })
  const round =
    docs[0] ??
    (await req.payload.create({
      collection: VOTING_ROUNDS,
      data: { ...window, status: 'open' },
      depth: 0,
      req,
    }))
  data.round = round.id
  return data
}
