import type { Payload } from 'payload'

import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { portalLink } from '../templates/links'
import { DIGEST_WORDS } from './digestWords'
import { gatherDigestData } from './gatherDigest'
import { digestWhatsAppText } from './renderDigest'

/**
 * Fills the digest record's subject and WhatsApp text in both languages (after the meeting's save
 * has committed, so they say what the meeting now says).
 */
export const prepareDigest = async (payload: Payload, meetingId: number): Promise<void> => {
  const data = await gatherDigestData(payload, meetingId)
  const { docs } = await payload.find({
    collection: 'digests',
    where: { meeting: { equals: meetingId } },
    limit: 1,
    depth: 0,
  })
  const digest = docs[0]
  if (!digest) return
  for (const locale of ['ar', 'en'] as const) {
    await payload.update({
      collection: 'digests',
      id: digest.id,
      locale,
      depth: 0,
      data: {
        subject: DIGEST_WORDS[locale].subject(data.month),
        whatsappText: digestWhatsAppText(data, locale, { portal: portalLink }, DEFAULT_TIME_ZONE),
      },
    })
  }
}
