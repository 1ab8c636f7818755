import type { CollectionConfig } from 'payload'

/**
 * One-time sign-in links mailed to members who keep no password. Only a hash of the token is
 * stored, so the table cannot sign anyone in; the portal uses a link with one conditional UPDATE
 * (unused and unexpired), so two clicks racing each other sign in once. Nobody reads it over the
 * API, admins included.
 */
export const SignInLinks: CollectionConfig = {
  slug: 'sign-in-links',
  labels: {
    singular: { ar: 'رابط دخول', en: 'Sign-in link' },
    plural: { ar: 'روابط الدخول', en: 'Sign-in links' },
  },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'member', type: 'relationship', relationTo: 'members', required: true, index: true },
    { name: 'tokenHash', type: 'text', required: true, unique: true },
    { name: 'expiresAt', type: 'date', required: true },
    { name: 'usedAt', type: 'date' },
  ],
}
