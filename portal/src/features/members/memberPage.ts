import type { AstroGlobal } from 'astro'

import { MEMBER_UI } from '../../i18n/memberUi'
import { UI } from '../../i18n/ui'
import { formatterFor } from '../../lib/format'
import { cacheAs } from '../pageCache/cachePolicy'

/**
 * What every page of the members' area starts with: the page is the member's own (nobody keeps
 * a copy), the signed-in member (the session middleware lets only members in), the reader's
 * language with its words, and a formatter for their numbers and dates.
 */
export const memberPage = (astro: Pick<AstroGlobal, 'locals' | 'response'>) => {
  cacheAs(astro.response, 'private')
  const { locale } = astro.locals
  return {
    locale,
    member: astro.locals.member!,
    t: UI[locale],
    m: MEMBER_UI[locale],
    format: formatterFor(locale),
  }
}
