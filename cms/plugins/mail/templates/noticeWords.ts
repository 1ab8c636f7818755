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
    receivedSubject: 'وصلنا طلب انتسابك إلى الفزعة',
    receivedBody:
      'شكراً لك. وصل طلبك إلى إدارة الفزعة، وستقرؤه وترد عليك بالبريد. لا تحتاج إلى فعل شيء الآن.',
    receivedMeanwhile: 'إلى أن تُقبل، يمكنك أن تقرأ كيف نعمل:',
    receivedAbout: 'من نحن وكيف نعمل',
    receivedFooter: 'وصلتك هذه الرسالة لأنك طلبت الانتساب من هذا العنوان. إن لم تكن أنت، تجاهلها.',
    welcomeSubject: 'أهلاً بك في الفزعة: قُبل انتسابك',
    welcomeBody:
      'قبلت الإدارة انتسابك. صرت عضواً: تقترح وتصوّت وتشارك في اللجان وفي لقاء الأحد الكبير.',
    welcomeLink: 'ادخل برابط يصلك إلى هذا العنوان، دون كلمة مرور:',
    welcomePassword: 'أو اختر كلمة مرور لحسابك:',
    welcomeFooter: 'وصلتك هذه الرسالة لأنك طلبت الانتساب إلى الفزعة.',
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
    receivedSubject: 'We received your application to join Fazaa',
    receivedBody:
      'Thank you. Your application reached the management of Fazaa; they will read it and answer by email. Nothing else is needed from you now.',
    receivedMeanwhile: 'Until you are admitted, you can read how we work:',
    receivedAbout: 'Who we are and how we work',
    receivedFooter:
      'You receive this because someone applied to join with this address. If it was not you, ignore it.',
    welcomeSubject: 'Welcome to Fazaa: you are admitted',
    welcomeBody:
      'The management admitted you. You are a member now: you propose, vote, join committees and the Big Sunday Meeting.',
    welcomeLink: 'Sign in with a link sent to this address, no password needed:',
    welcomePassword: 'Or choose a password for your account:',
    welcomeFooter: 'You receive this because you applied to join Fazaa.',
  },
} satisfies Record<Locale, unknown>
