import type { Config, Plugin } from 'payload'

/**
 * The admin's home opens on what needs them now (WhatNeedsYouNow.tsx), above Payload's grid of
 * collections: an admin who signs in once a week sees the month's work, not 17 tiles.
 */
export const adminHome =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [
          '/plugins/adminHome/WhatNeedsYouNow#WhatNeedsYouNow',
          ...(config.admin?.components?.beforeDashboard ?? []),
        ],
      },
    },
  })
