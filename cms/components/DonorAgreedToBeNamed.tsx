'use client'
import { CheckboxInput, FieldDescription, useField, useTranslation } from '@payloadcms/ui'
import type { CheckboxFieldClientProps } from 'payload'

const WORDS = {
  ar: {
    label: 'وافق المتبرع على ظهور اسمه ورسالته في صفحة الحملة',
    hint: 'دون هذه العلامة يظهر التبرع «متبرع لم يذكر اسمه»، حتى لو كُتب اسم المتبرع في النموذج.',
  },
  en: {
    label: 'The donor agreed to their name and message on the campaign page',
    hint: 'Without this tick the gift shows as “Anonymous donor”, even when the donor’s name is typed in the form.',
  },
}

/**
 * A gift's `anonymous` fact, asked the way a treasurer knows it: did the donor agree to be
 * named? Unticked by default (anonymous), so a typed name never goes public by surprise, and no
 * ticked "anonymous" box hides a name the donor wanted shown.
 */
export const DonorAgreedToBeNamed = ({
  path: pathFromProps,
  readOnly,
}: CheckboxFieldClientProps) => {
  const { path, value, setValue, disabled } = useField<boolean>({
    potentiallyStalePath: pathFromProps,
  })
  const { i18n } = useTranslation()
  const t = WORDS[i18n.language === 'en' ? 'en' : 'ar']
  return (
    <div className="field-type checkbox">
      <CheckboxInput
        id={`field-${path.replace(/\./g, '__')}`}
        name={path}
        checked={value === false}
        label={t.label}
        readOnly={readOnly || disabled}
        onToggle={(event) => setValue(!event.target.checked)}
      />
      <FieldDescription description={t.hint} path={path} />
    </div>
  )
}
