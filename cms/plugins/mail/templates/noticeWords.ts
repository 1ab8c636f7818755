import type { Locale } from '@fazaa/shared/i18n/locales'

/** The words of the notices a member gets because of their role (a lead, an admin), Arabic first. */
export const NOTICE_WORDS = {
  ar: {
    helpOfferSubject: (committee: string) => `عرض مساعدة للجنة «${committee}»`,
    helpOfferBody: (helper: string, committee: string) =>
      `${helper} يودّ المساعدة في «${committee}».`,
    helpOfferChoose: 'اختر من عروض المساعدة في صفحة اللجنة.',
    helpOfferFooter: 'وصلتك هذه الرسالة لأنك مسؤول هذه اللجنة.',
    applicationSubject: (name: string) => `طلب انتساب جديد: ${name}`,
    applicationBody: (name: string, country: string) => `${name} من ${country} يطلب الانتساب.`,
    applicationSectors: (sectors: string) => `المجالات: ${sectors}`,
    applicationReview: 'راجع الطلبات في لوحة الإدارة.',
    applicationFooter: 'وصلتك هذه الرسالة لأنك من إدارة الفزعة.',
  },
  en: {
    helpOfferSubject: (committee: string) => `An offer to help: “${committee}”`,
    helpOfferBody: (helper: string, committee: string) =>
      `${helper} would like to help with “${committee}”.`,
    helpOfferChoose: "Choose among the offers on the committee's page.",
    helpOfferFooter: 'You receive this because you lead this committee.',
    applicationSubject: (name: string) => `A new application to join: ${name}`,
    applicationBody: (name: string, country: string) => `${name}, from ${country}, asks to join.`,
    applicationSectors: (sectors: string) => `Sectors: ${sectors}`,
    applicationReview: 'Review the applications in the admin.',
    applicationFooter: 'You receive this because you are one of the admins of Fazaa.',
  },
} satisfies Record<Locale, unknown>
