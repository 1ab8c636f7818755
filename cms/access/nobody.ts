import type { FieldAccess } from 'payload'

/** False: a derived field nobody types in (the workflow hooks write it with overrideAccess). */
export const nobody: FieldAccess = () => false
