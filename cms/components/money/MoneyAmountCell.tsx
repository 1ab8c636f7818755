'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { isTownCurrency } from '@fazaa/shared/domain/vocabulary'
import { formatMoney, isMinorUnits } from '@fazaa/shared/money'

/** An amount in a list, written as money ("٢٬٣٠٠ €"), not as the cents it is stored in. */
export const MoneyAmountCell = ({
  cellData,
  rowData,
  currencyField = 'currency',
}: DefaultCellComponentProps & { currencyField?: string }) => {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en' : 'ar'
  const currency = currencyOf(rowData, currencyField)
  if (!isMinorUnits(cellData)) return <span>—</span>
  return (
    <span className="fazaa-money-cell">
      {isTownCurrency(currency)
        ? formatMoney({ amount: cellData, currency }, locale)
        : new Intl.NumberFormat(locale).format(cellData / 100)}
    </span>
  )
}

/** The row's currency: its own field, or one inside a group ("goal.currency"). */
const currencyOf = (row: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      row,
    )
