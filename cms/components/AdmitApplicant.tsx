'use client'
import { Button, useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'

const WORDS = {
  ar: {
    admit: 'قبول الانتساب',
    explain:
      'يصير عضواً فعّالاً من اليوم، ويصله بريد ترحيب بلغته فيه طريقة الدخول. لرفض الطلب غيّر الحالة إلى «غادر».',
  },
  en: {
    admit: 'Admit',
    explain:
      'They become an active member from today and get a welcome email in their language with how to sign in. To turn the application down, set the status to Left.',
  },
}

/**
 * On an applicant's screen: one button that admits them (status active, saved at once). The
 * welcome email and the date they joined follow from the save itself (the CMS's hooks), so
 * admitting by hand in the status list does the same.
 */
export const AdmitApplicant = () => {
  const { submit } = useForm()
  const { initialData } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = WORDS[i18n.language === 'en' ? 'en' : 'ar']
  if ((initialData as { status?: string } | undefined)?.status !== 'applicant') return null
  return (
    <div className="fazaa-admit">
      <Button
        buttonStyle="primary"
        size="medium"
        onClick={() => void submit({ overrides: { status: 'active' } })}
      >
        {t.admit}
      </Button>
      <p>{t.explain}</p>
    </div>
  )
}
