import type { Member } from '../payload-types'

/** The signed-in person as Payload hands it to access functions; null when anonymous. */
export type Viewer = (Member & { collection?: string }) | null | undefined

/** True for the management team. */
export const isAdminUser = (user: Viewer): boolean => user?.role === 'admin'

/** True for a member in good standing: the only people who vote, propose and see rosters. */
export const isActiveMember = (user: Viewer): boolean =>
  !!user && (user.role === 'admin' || user.status === 'active')

/** The id of a relationship value, whether Payload gave it populated or as an id. */
export const idOf = (value: unknown): number | string | null => {
  if (value == null) return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}

export const isSameId = (a: unknown, b: unknown): boolean => {
  const [left, right] = [idOf(a), idOf(b)]
  return left != null && right != null && String(left) === String(right)
}
