import type { Access, FieldAccess } from 'payload'

import { idOf } from './roles'

/**
 * A ballot is its member's alone: "nobody, the management included, sees how anyone else voted"
 * (the ballot page's promise). Only the member changes it, and only the member reads its choice;
 * an admin sees that a member voted and, after the close, the totals (counted by the server).
 */
export const ownBallot: Access = ({ req: { user } }) =>
  user ? { member: { equals: user.id } } : false

/** The choice field of a ballot: read by the ballot's own member only. */
export const ownBallotChoice: FieldAccess = ({ req: { user }, doc }) =>
  user != null && doc != null && String(idOf(doc.member)) === String(user.id)
