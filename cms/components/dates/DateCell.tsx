'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { useBrowserTimeZone } from './useBrowserTimeZone'
import { formatAdminDate } from '@fazaa/shared/i18n/locales'
import { showsTime } from './showsTime'

/**
 * A date in a list as the portal writes it («٤ كانون الأول ٢٠٢٦، ١٨:٠٠»), not as date-fns'
 * Arabic does («ديسمبر 4 2026»: Egyptian months, Latin digits). A time is read in the row's own
 * time zone when it has one (a meeting), else in the browser's, as Payload's pickers show it.
 */
export const DateCell = ({ cellData, rowData, field }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  const browserZone = useBrowserTimeZone()
  if (typeof cellData !== 'string' || Number.isNaN(Date.parse(cellData))) return <span>—</span>
  const name = 'name' in field ? field.name : ''
  const zone = rowData?.[`${name}_tz`]
  return (
    <span className="fazaa-date-cell">
      {formatAdminDate(cellData, i18n.language === 'en' ? 'en' : 'ar', {
        withTime: showsTime(field),
        timeZone: typeof zone === 'string' && zone ? zone : browserZone,
      })}
    </span>
  )
}
