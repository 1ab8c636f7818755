import type { Access } from 'payload'

/** True for anyone signed in, whatever their status; the hooks then check the rule itself. */
export const isSignedIn: Access = ({ req: { user } }) => !!user
