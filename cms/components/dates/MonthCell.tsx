'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { formatMonth } from '@fazaa/shared/i18n/locales'

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** A campaign's month in a list as it is said («كانون الأول ٢٠٢٦»), not its code "2026-12". */
export const MonthCell = ({ cellData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'string' || !MONTH.test(cellData)) return <span>—</span>
  return <span>{formatMonth(cellData, i18n.language === 'en' ? 'en' : 'ar')}</span>
}
