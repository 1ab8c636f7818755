'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'

import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { formatAdminDate } from '@fazaa/shared/i18n/locales'
import { showsTime } from './showsTime'

/**
 * Under a date picker, the chosen date written out as the portal and the emails will write it
 * («٤ كانون الأول ٢٠٢٦، ١٨:٠٠»): the picker's own Arabic has Egyptian month names and
 * Latin digits, and the admin should see what members will read before saving.
 */
export const DateWrittenOut = ({ path, field }: DateFieldClientProps) => {
  const { i18n } = useTranslation()
  const value = useFormFields(([fields]) => fields[path]?.value)
  const zone = useFormFields(([fields]) => fields[`${path}_tz`]?.value)
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return null
  return (
    <p className="fazaa-date-written" aria-live="polite">
      {formatAdminDate(value, i18n.language === 'en' ? 'en' : 'ar', {
        withTime: showsTime(field),
        timeZone: typeof zone === 'string' && zone ? zone : DEFAULT_TIME_ZONE,
      })}
    </p>
  )
}
