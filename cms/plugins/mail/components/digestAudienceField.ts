import type { UIField } from 'payload'

/**
 * On a Big Sunday Meeting's screen, before it is saved as held: how many members that save
 * sends the digest to (components/DigestAudienceNotice.tsx).
 */
export const digestAudienceField: UIField = {
  name: 'digestAudience',
  type: 'ui',
  label: { ar: 'من يصله الموجز', en: 'Who gets the digest' },
  admin: {
    position: 'sidebar',
    condition: (data) => data?.kind === 'big-sunday',
    components: { Field: '/plugins/mail/components/DigestAudienceNotice#DigestAudienceNotice' },
  },
}
