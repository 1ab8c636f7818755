import type { UIFieldServerProps } from 'payload'

import { counted, MEMBERS } from '@fazaa/shared/i18n/countedNoun'
import { DIGEST_AUDIENCE } from '../digest/digestAudience'

/**
 * What saving the meeting as held does, said before the admin does it: the digest goes to this
 * many members at once and cannot be called back. The same audience as the hook that sends it.
 */
export const DigestAudienceNotice = async ({ data, payload, req, i18n }: UIFieldServerProps) => {
  const locale = i18n.language === 'en' ? 'en' : 'ar'
  if ((data as { status?: string } | undefined)?.status === 'held') return null
  const { totalDocs } = await payload.count({ collection: 'members', where: DIGEST_AUDIENCE, req })
  const members = counted(totalDocs, MEMBERS, locale)
  return (
    <aside className="fazaa-digest-audience" role="note">
      {locale === 'ar'
        ? `حين يُحفظ هذا اللقاء بحالة «انعقد» يُرسل موجزه مع الملخص إلى ${members} دفعة واحدة، ولا يمكن استرجاعه. لا تغيّر الحالة قبل انعقاده وكتابة الملخص.`
        : `Saving this meeting as Held sends its digest, with the summary, to ${members} at once; it cannot be called back. Change the status only once it has taken place and the summary is written.`}
    </aside>
  )
}
