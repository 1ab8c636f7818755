'use client'
import {
  FieldDescription,
  FieldError,
  FieldLabel,
  useField,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import type { NumberFieldClientProps } from 'payload'
import { useEffect, useState } from 'react'

import { formatMoney, parseAmount, typedAmountOf } from '@fazaa/shared/money'
import { isTownCurrency } from '@fazaa/shared/domain/vocabulary'
import { siblingPath, UNREADABLE_AMOUNT } from './amountPaths'
import { fail } from '@fazaa/shared/rules/result'

/**
 * An amount as the admin says it: they type 2300 (or «٢٣٠٠», "2300,50") for €2,300 and read it
 * back written out in the field's currency as they type; the document still stores whole minor
 * units. What cannot be read as an amount is kept in the field, marked, so the CMS refuses it
 * with the money rule's words instead of saving a different number.
 */
export const MoneyAmountField = ({
  field,
  path: pathFromProps,
  readOnly,
  currencyField = 'currency',
}: NumberFieldClientProps & { currencyField?: string }) => {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en' : 'ar'
  const { path, value, setValue, showError, disabled } = useField<number | string | null>({
    potentiallyStalePath: pathFromProps,
  })
  const currency = useFormFields(([fields]) => fields[siblingPath(path, currencyField)]?.value)
  const [typed, setTyped] = useState(() => typedOf(value))
  // Payload's own id for a field's input, which its label points at and tests find it by.
  const inputId = `field-${path.replace(/\./g, '__')}`
  const previewId = `${inputId}-preview`

  // A value set from elsewhere (the document loading, a reset) shows; the admin's own typing stays.
  useEffect(() => {
    if (amountOf(typed) !== value) setTyped(typedOf(value))
    // Only a new value from outside resets the text: `typed` is left out of the dependencies.
  }, [value])

  const minor = parseAmount(typed)
  const knownCurrency = isTownCurrency(currency) ? currency : null
  const preview =
    typed.trim() === ''
      ? ''
      : minor == null
        ? // The money rule's own words, the same the CMS answers with when it refuses the save.
          fail('money-amount').message[locale]
        : knownCurrency
          ? `= ${formatMoney({ amount: minor, currency: knownCurrency }, locale)}`
          : ''

  const label = (
    <FieldLabel
      htmlFor={inputId}
      label={field.label}
      localized={field.localized}
      path={path}
      required={field.required}
    />
  )
  // A figure the CMS computes (a campaign's total): shown as money, nothing to type.
  if (readOnly || field.admin?.readOnly) {
    return (
      <div className="field-type number fazaa-money read-only">
        {label}
        <output id={inputId} className="fazaa-money__value">
          {typeof value === 'number' && knownCurrency
            ? formatMoney({ amount: value, currency: knownCurrency }, locale)
            : '—'}
        </output>
        <FieldDescription description={field.admin?.description} path={path} />
      </div>
    )
  }

  return (
    <div
      className={['field-type', 'number', 'fazaa-money', showError && 'error']
        .filter(Boolean)
        .join(' ')}
    >
      {label}
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <input
          id={inputId}
          name={path}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          dir="ltr"
          value={typed}
          disabled={disabled}
          aria-invalid={showError || undefined}
          aria-describedby={previewId}
          onChange={(event) => {
            const next = event.target.value
            setTyped(next)
            setValue(amountOf(next))
          }}
        />
        <output
          id={previewId}
          className={`fazaa-money__preview${minor == null && typed.trim() ? ' fazaa-money__preview--unreadable' : ''}`}
          aria-live="polite"
        >
          {preview}
        </output>
      </div>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}

const typedOf = (value: unknown): string =>
  typeof value === 'number'
    ? typedAmountOf(value)
    : typeof value === 'string' && value.startsWith(UNREADABLE_AMOUNT)
      ? value.slice(UNREADABLE_AMOUNT.length)
      : ''

const amountOf = (typed: string): number | string | null =>
  typed.trim() === '' ? null : (parseAmount(typed) ?? `${UNREADABLE_AMOUNT}${typed}`)
