/**
 * The one module through which the portal reaches the CMS (Payload's Local API, in process: no
 * HTTP hop, the same access rules as the admin with `overrideAccess: false` and the member as
 * `user`). Split by audience: public content, sessions, and the members' area.
 */
export * from './content'
export * from './session'
export * from './members'
export * from './giving'
export { UNKNOWN_CHOICE, type Refusal } from './refusal'
export * from './unsubscribe'
export * from './outbox'
