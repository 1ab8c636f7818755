'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'

import { useBrowserTimeZone } from './useBrowserTimeZone'
import { formatAdminDate } from '@fazaa/shared/i18n/locales'
import { showsTime } from './showsTime'

/**
 * Under a date picker, the chosen date written out as the portal and the emails will write it
 * («٤ كانون الأول ٢٠٢٦ في ١٨:٠٠ توقيت سوريا»): the picker's own Arabic has Egyptian month names
 * and Latin digits, and the admin should see what members will read before saving. In the zone
 * the picker shows (the meeting's, else the browser's), named, so the two never seem to disagree.
 */
export const DateWrittenOut = ({ path, field }: DateFieldClientProps) => {
  const { i18n } = useTranslation()
  const browserZone = useBrowserTimeZone()
  const value = useFormFields(([fields]) => fields[path]?.value)
  const zone = useFormFields(([fields]) => fields[`${path}_tz`]?.value)
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return null
  return (
    <p className="fazaa-date-written" aria-live="polite">
      {formatAdminDate(value, i18n.language === 'en' ? 'en' : 'ar', {
        withTime: showsTime(field),
        // The picker's own zone: the field's (a meeting's) or the browser's, and named.
        timeZone: typeof zone === 'string' && zone ? zone : browserZone,
        namedZone: true,
      })}
    </p>
  )
}
