'use client'
import { useConfig, useDocumentInfo, useField, useLocale, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useEffect, useState } from 'react'

import { LOCALES, type Locale } from '@fazaa/shared/i18n/locales'

const WORDS = {
  ar: {
    written: { ar: 'بالعربية', en: 'بالإنجليزية' },
    notYet: 'لم يُترجم إلى هذه اللغة بعد؛ يقرؤه الأعضاء كما كُتب حتى تكتب ترجمته هنا.',
  },
  en: {
    written: { ar: 'In Arabic', en: 'In English' },
    notYet:
      'Not translated into this language yet; members read it as written until you write it here.',
  },
}

/**
 * Under a text written per language: when this language has none yet, what was written in the
 * other one, marked as not translated. An English-only proposal opened in the Arabic admin showed
 * an empty title with no word of its English one.
 */
export const OtherLanguageText = ({ path }: TextFieldClientProps) => {
  const { value } = useField<string | null>({ potentiallyStalePath: path })
  const { id, collectionSlug } = useDocumentInfo()
  const { code } = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = WORDS[i18n.language === 'en' ? 'en' : 'ar']
  const [other, setOther] = useState<{ locale: Locale; text: string } | null>(null)
  const empty = typeof value !== 'string' || value.trim() === ''

  useEffect(() => {
    setOther(null)
    if (!empty || id == null || !collectionSlug) return
    const controller = new AbortController()
    const api = `${config.serverURL}${config.routes.api}`
    const others = LOCALES.filter((locale) => locale !== code)
    void Promise.all(
      others.map(async (locale) => {
        const response = await fetch(
          `${api}/${collectionSlug}/${id}?locale=${locale}&fallback-locale=none&depth=0&select[${path}]=true`,
          { credentials: 'include', signal: controller.signal },
        )
        const doc = response.ok ? ((await response.json()) as Record<string, unknown>) : {}
        const text = doc[path]
        return typeof text === 'string' && text.trim() ? { locale, text } : null
      }),
    )
      .then((found) => setOther(found.find(Boolean) ?? null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [empty, id, collectionSlug, code, path, config.serverURL, config.routes.api])

  if (!empty || !other) return null
  return (
    <p className="fazaa-other-language" data-untranslated={other.locale}>
      <strong>{t.written[other.locale]}: </strong>
      <bdi dir="auto" lang={other.locale}>
        {other.text}
      </bdi>
      <br />
      {t.notYet}
    </p>
  )
}
