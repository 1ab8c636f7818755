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
import { currencyOptions } from '../lib/currencyOptions'
import { localeOfRequest } from '../lib/localeOfRequest'

/**
 * A whole number of minor units (cents), never a float. The admin types and reads the amount as
 * people say it (2300 for €2,300, Arabic or Latin digits, a decimal point or comma) and sees it
 * written out in the currency as they type (components/money); lists show it as money.
 */
export const minorUnitsField = ({
  name = 'amount',
  label = { ar: 'المبلغ', en: 'Amount' },
  required = false,
  positive = false,
  bounded = true,
  description = TYPED_AS_SAID,
  currencyField = 'currency',
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
  /** The currency this amount is in: a sibling field's name, or a path from the document ("goal.currency"). */
  currencyField?: string
} = {}): NumberField => ({
  name,
  type: 'number',
  required,
  min: 0,
  label,
  admin: { description, components: moneyComponents(currencyField) },
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
  options: currencyOptions(CURRENCIES),
  label: { ar: 'العملة', en: 'Currency' },
})

/** Money: an amount in minor units plus an ISO currency. */
export const amountAndCurrency = ({
  required = false,
  positive = false,
  currencyPath = 'currency',
}: {
  required?: boolean
  positive?: boolean
  /** Where the currency is read from in a list's row: "goal.currency" inside a group. */
  currencyPath?: string
}): RowField => ({
  type: 'row',
  fields: [minorUnitsField({ required, positive, currencyField: currencyPath }), currencyField()],
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
}): GroupField => ({
  name,
  type: 'group',
  label,
  fields: [amountAndCurrency({ required, currencyPath: `${name}.currency` })],
})

/**
 * The admin's money components for a number of minor units (also a read-only one, like a
 * campaign's total): typed and shown as money in its currency.
 */
export const moneyComponents = (currencyField: string) => ({
  Field: {
    path: '/components/money/MoneyAmountField#MoneyAmountField',
    clientProps: { currencyField },
  },
  Cell: {
    path: '/components/money/MoneyAmountCell#MoneyAmountCell',
    clientProps: { currencyField },
  },
})

const TYPED_AS_SAID = {
  ar: 'اكتب المبلغ كما يُقال: ٢٣٠٠ تعني ألفين وثلاثمئة، و٢٣٠٠٫٥٠ بفاصلة أو نقطة، بالأرقام العربية أو اللاتينية.',
  en: 'Type the amount as you would say it: 2300 means two thousand three hundred; 2300.50 with a point or a comma.',
}
