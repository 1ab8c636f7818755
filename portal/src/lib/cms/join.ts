import { randomBytes } from 'node:crypto'

import { APPLICATION_TO_JOIN } from '@fazaa/cms/plugins/mail'
import { takeThrottle, type ThrottleAnswer } from '@fazaa/cms/plugins/throttle'
import type { Locale } from '@fazaa/shared/i18n/locales'
import type { Application } from '../../features/join/validateApplication'
import { cms } from './client'
import { isCountryCode } from '@fazaa/shared/domain/countries'

/**
 * Records an application to join as an `applicant` member, at most three an hour from one client
 * (each mails every admin: the CMS queues those emails in the same transaction). An address that is already known
 * gets the same answer as a new one: the form never reveals who belongs to the fellowship.
 */
export const applyToJoin = async (
  application: Application,
  locale: Locale,
  clientAddress: string,
): Promise<ThrottleAnswer> => {
  const payload = await cms()
  const allowed = await takeThrottle(payload, 'applicationsByClient', clientAddress)
  if (!allowed.ok) return allowed
  const known = await payload.count({
    collection: 'members',
    where: { email: { equals: application.email } },
  })
  if (known.totalDocs > 0) return { ok: true }
  await payload.create({
    collection: 'members',
    locale,
    // The collection takes new members from admins only (the API must not tell who is known);
    // what an application may set is this list, and it is an applicant, nothing more.
    overrideAccess: true,
    // This is an application: the CMS queues the mail that tells the admins.
    context: { [APPLICATION_TO_JOIN]: true },
    data: {
      email: application.email,
      // Applicants sign in later by email link or a password they set; this one is never shown.
      password: randomBytes(24).toString('base64url'),
      name: application.name,
      country: isCountryCode(application.country) ? application.country : null,
      sectors: application.sectors,
      applicationNote: application.why,
      locale,
      role: 'member',
      status: 'applicant',
    },
  })
  return { ok: true }
}
