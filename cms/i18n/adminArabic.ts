import type { Config } from 'payload'

/**
 * Where Payload's own Arabic is wrong, the admin says it right: «إنشاء جديد» (not the misspelt
 * «أنشاء جديد»), and a yes/no column reads «نعم / لا», not «صحيح / كاذب» ("correct / liar").
 * Phrases around a collection's name are built so that they agree with any name, feminine or
 * masculine («تم إنشاء حملة بنجاح», not «حملة جديد» or «مصروف تم إنشاؤها»), and nothing is left
 * in English ("Toggle block").
 */
export const ADMIN_ARABIC: NonNullable<NonNullable<Config['i18n']>['translations']> = {
  ar: {
    general: {
      createNew: 'إنشاء جديد',
      // Any empty cell of a list (a file nobody uploaded by hand, a title not written in this
      // language): a dash, not Payload's «‹لا العنوان>». The document itself says why it is empty.
      noLabel: '—',
      true: 'نعم',
      false: 'لا',
      createNewLabel: 'إنشاء {{label}}',
      creatingNewLabel: 'جارٍ إنشاء {{label}}',
      newLabel: 'إضافة {{label}}',
      successfullyCreated: 'تم إنشاء {{label}} بنجاح.',
      successfullyDuplicated: 'تم استنساخ {{label}} بنجاح.',
      titleTrashed: 'نُقل «{{title}}» ({{label}}) إلى سلة المهملات.',
      trashedCountSuccessfully: 'نُقل {{count}} من {{label}} إلى سلة المهملات.',
    },
    fields: {
      addNewLabel: 'أضف {{label}}',
      newLabel: 'إضافة {{label}}',
      uploadNewLabel: 'رفع {{label}}',
      toggleBlock: 'إظهار أو طيّ',
    },
  },
}
