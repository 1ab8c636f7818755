import type { Config } from 'payload'

/**
 * Where Payload's own Arabic is wrong, the admin says it right: «إنشاء جديد» (not the misspelt
 * «أنشاء جديد»), and a yes/no column reads «نعم / لا», not «صحيح / كاذب» ("correct / liar").
 */
export const ADMIN_ARABIC: NonNullable<NonNullable<Config['i18n']>['translations']> = {
  ar: {
    general: {
      createNew: 'إنشاء جديد',
      true: 'نعم',
      false: 'لا',
    },
  },
}
