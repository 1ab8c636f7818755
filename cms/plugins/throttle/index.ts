import type { CollectionConfig, Config, Plugin } from 'payload'

import { capMailOfPasswordReset } from './capMailOfPasswordReset'
import { Throttles } from './Throttles'
import { returnSignInAttempt, throttleSignIn } from './throttleSignIn'

export { clientAddressOf, onBehalfOf } from './clientAddress'
export { forgetOldThrottles, takeThrottle, type ThrottleAnswer } from './takeThrottle'

/**
 * Throttling as a plugin: the counters' collection, and on the members' auth the client's
 * sign-in attempts and the password-reset mails (shared/rules/throttle.ts has the numbers).
 * Members switch Payload's own lock after five wrong passwords off (Members.ts says why). The
 * portal's forms take the same throttles.
 */
export const throttle =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection): CollectionConfig => {
        if (collection.slug !== 'members') return collection
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeOperation: [
              ...(collection.hooks?.beforeOperation ?? []),
              throttleSignIn,
              capMailOfPasswordReset,
            ],
            afterLogin: [...(collection.hooks?.afterLogin ?? []), returnSignInAttempt],
          },
        }
      }),
      Throttles,
    ],
  })
