/**
 * What the amount field keeps when the admin's text is not an amount: a text no number parser
 * reads, so the CMS's money rule refuses it by name (Payload turns a numeric text into a number
 * before validating, which would save "2300" as 23.00).
 */
export const UNREADABLE_AMOUNT = 'unreadable:'

/** The field next to an amount: goal.amount → goal.currency; raised + goal.currency → goal.currency. */
export const siblingPath = (path: string, sibling: string): string => {
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.') + 1) : ''
  return sibling.includes('.') ? sibling : `${parent}${sibling}`
}
