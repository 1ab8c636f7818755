import type {
  GroupField,
  NumberField,
  NumberFieldSingleValidation,
  RowField,
  SelectField,
} from 'payload'

import { CURRENCIES, DEFAULT_CURRENCY } from '@fazaa/shared/domain/vocabulary'
import { isMinorUnits } from '@fazaa/shared/money'
import { MONEY_MAX_MINOR_UNITS } from '@fazaa/shared/rules/limits'
import { fail } from '@fazaa/shared/rules/result'
import { localeOfRequest } from '../lib/localeOfRequest'

/**
 * A whole number of minor units (cents), never a float. Admins type cents so that what they see
 * is exactly what is stored.
 */
export const minorUnitsField = ({
  name = 'amount',
  label = { ar: 'المبلغ (بالسنت)', en: 'Amount (cents)' },
  required = false,
  positive = false,
  bounded = true,
  description = { ar: '230000 = 2,300.00', en: '230000 = 2,300.00' },
}: {
  name?: string
  label?: { ar: string; en: string }
  required?: boolean
  /** A gift or an expense is never 0 (PostgreSQL holds it too); a fee may be. */
  positive?: boolean
  /**
   * At most MONEY_MAX_MINOR_UNITS: true for amounts in the fellowship's currencies; false for an
   * amount in the town's currency, where a gift of a few hundred euros is millions.
   */
  bounded?: boolean
  description?: { ar: string; en: string }
} = {}): NumberField => ({
  name,
  type: 'number',
  required,
  min: 0,
  label,
  admin: { description },
  ...(bounded ? { max: MONEY_MAX_MINOR_UNITS } : {}),
  validate: ((value, { req }) => {
    const locale = localeOfRequest(req)
    if (value == null) return !required || fail('money-amount').message[locale]
    if (!isMinorUnits(value) || (positive && value === 0))
      return fail('money-amount').message[locale]
    if (bounded && value > MONEY_MAX_MINOR_UNITS) {
      const max = new Intl.NumberFormat(locale).format(MONEY_MAX_MINOR_UNITS / 100)
      return fail('money-amount-too-large', { max }).message[locale]
    }
    return true
  }) satisfies NumberFieldSingleValidation,
})

/** The currency money is booked in, one of those donors give in. */
export const currencyField = (): SelectField => ({
  name: 'currency',
  type: 'select',
  required: true,
  defaultValue: DEFAULT_CURRENCY,
  options: CURRENCIES.map((code) => ({ label: code, value: code })),
  label: { ar: 'العملة', en: 'Currency' },
})

/** Money: an amount in minor units plus an ISO currency. */
export const amountAndCurrency = ({
  required = false,
  positive = false,
}: {
  required?: boolean
  positive?: boolean
}): RowField => ({
  type: 'row',
  fields: [minorUnitsField({ required, positive }), currencyField()],
})

/** The same pair grouped under a name, for a goal or a budget. */
export const moneyField = ({
  name,
  label,
  required = false,
}: {
  name: string
  label: { ar: string; en: string }
  required?: boolean
}): GroupField => ({ name, type: 'group', label, fields: [amountAndCurrency({ required })] })
