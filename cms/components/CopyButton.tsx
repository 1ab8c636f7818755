'use client'
import { useField, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

/** One click copies the field's text (the digest's WhatsApp version) to the clipboard. */
export const CopyButton = ({ path }: { path: string }) => {
  const { value } = useField<string>({ path })
  const [copied, setCopied] = useState(false)
  const { i18n } = useTranslation()
  const english = i18n.language === 'en'
  if (!value) return null
  return (
    <button
      type="button"
      className="btn btn--style-secondary btn--size-small"
      onClick={async () => {
        await navigator.clipboard.writeText(value)
        setCopied(true)
        setTimeout(() => setCopied(false), 2000)
      }}
    >
      {copied ? (english ? 'Copied ✓' : 'نُسخ ✓') : english ? 'Copy' : 'انسخ'}
    </button>
  )
}
