import type {
  GroupField,
  NumberField,
  NumberFieldSingleValidation,
  RowField,
  SelectField,
} from 'payload'

import { CURRENCIES, DEFAULT_CURRENCY } from '../../shared/domain/vocabulary'
import { isMinorUnits } from '../../shared/money'
import { fail } from '../../shared/rules/result'
import { localeOfRequest } from '../lib/localeOfRequest'

/**
 * A whole number of minor units (cents), never a float. Admins type cents so that what they see
 * is exactly what is stored.
 */
export const minorUnitsField = ({
  name = 'amount',
  label = { ar: 'المبلغ (بالسنت)', en: 'Amount (cents)' },
  required = false,
  description = { ar: '230000 = 2,300.00', en: '230000 = 2,300.00' },
}: {
  name?: string
  label?: { ar: string; en: string }
  required?: boolean
  description?: { ar: string; en: string }
} = {}): NumberField => ({
  name,
  type: 'number',
  required,
  min: 0,
  label,
  admin: { description },
  validate: ((value, { req }) =>
    (value == null ? !required : isMinorUnits(value)) ||
    fail('money-amount').message[localeOfRequest(req)]) satisfies NumberFieldSingleValidation,
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
export const amountAndCurrency = ({ required = false }: { required?: boolean }): RowField => ({
  type: 'row',
  fields: [minorUnitsField({ required }), currencyField()],
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
