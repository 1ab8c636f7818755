/**
 * The one module through which the portal reaches the CMS (Payload's Local API, in process: no
 * HTTP hop, the same access rules as the admin with `overrideAccess: false` and the member as
 * `user`). One file per domain, named as the portal's pages and features and the CMS's
 * collections are; pages import from here only.
 */
export * from './about'
export * from './campaigns'
export * from './committees'
export * from './contentChanges'
export * from './directory'
export * from './giving'
export * from './helpers'
export * from './join'
export * from './liveAgenda'
export * from './media'
export * from './meetings'
export * from './membersOnly'
export * from './mySpace'
export * from './outbox'
export * from './profile'
export * from './proposals'
export { refusalOfRule, UNKNOWN_CHOICE, type Refusal } from './refusal'
export * from './emailedLinks'
export * from './session'
export * from './transparency'
export * from './unsubscribe'
export { castVote } from './votes'
// What pages need of the CMS's own small helpers, so that nothing past this module reaches into cms/.
export { idOf, isSameId } from '@fazaa/cms/access/roles'
export { isDatabaseUnavailable } from '@fazaa/cms/lib/databaseUnavailable'
export { claimedUnsubscribeScope } from '@fazaa/cms/plugins/mail/unsubscribe/unsubscribeToken'
