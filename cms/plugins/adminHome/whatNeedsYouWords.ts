import type { Locale } from '@fazaa/shared/i18n/locales'

/** The admin's home in both languages; `n` is already written in the reader's digits and forms. */
export const WHAT_NEEDS_YOU_WORDS = {
  ar: {
    title: 'ما ينتظرك الآن',
    intro: 'كل سطر رابط إلى الشاشة التي يُنجز فيها العمل.',
    allDone: 'لا شيء ينتظرك الآن. أحسنت.',
    applications: (n: string) => `طلبات انتساب تنتظر القبول: ${n}`,
    proposalsToDiscuss: (n: string) => `مقترحات تنتظر النقاش مع الإدارة: ${n}`,
    expensesToApprove: (n: string) => `مصاريف تنتظر موافقة مدير ثانٍ: ${n}`,
    committeesEnding: (n: string, days: string) => `لجان تنتهي خلال ${days}: ${n}`,
    mailFailed: (n: string) => `رسائل بريد لم تصل (موجزات وتنبيهات): ${n}`,
    giftsPending: (n: string) => `تبرعات تنتظر التأكيد: ${n}`,
    tiesToDecide: (n: string) => `جولات تصويت انتهت بتعادل تنتظر قرار الإدارة وسببه: ${n}`,
    votesTitle: 'تصويت مفتوح',
    noVotes: 'لا تصويت مفتوح الآن.',
    vote: (closes: string, cast: string, voters: string) =>
      `يُغلق ${closes}، صوّت ${cast} من ${voters}`,
    meetingTitle: 'لقاء الأحد الكبير القادم',
    noMeeting: 'لا لقاء أحد كبير مخطط بعد. أنشئ لقاء الشهر.',
    dutiesLeft: 'مهام لم تُنجز بعد:',
    dutiesDone: 'كل مهام التحضير أُنجزت.',
    open: 'افتح',
  },
  en: {
    title: 'What needs you now',
    intro: 'Each line links to the screen where the work is done.',
    allDone: 'Nothing needs you now. Well done.',
    applications: (n: string) => `Applications waiting to be admitted: ${n}`,
    proposalsToDiscuss: (n: string) => `Proposals waiting for discussion with the management: ${n}`,
    expensesToApprove: (n: string) => `Expenses waiting for a second admin's approval: ${n}`,
    committeesEnding: (n: string, days: string) => `Committees ending within ${days}: ${n}`,
    mailFailed: (n: string) => `Mails that did not arrive (digests and notices): ${n}`,
    giftsPending: (n: string) => `Gifts waiting for confirmation: ${n}`,
    tiesToDecide: (n: string) =>
      `Voting rounds that closed on a tie, waiting for the management's decision and reason: ${n}`,
    votesTitle: 'Open votes',
    noVotes: 'No vote is open now.',
    vote: (closes: string, cast: string, voters: string) =>
      `closes ${closes}; ${cast} of ${voters} voted`,
    meetingTitle: 'The next Big Sunday Meeting',
    noMeeting: 'No Big Sunday Meeting is planned yet. Create this month’s.',
    dutiesLeft: 'Duties not done yet:',
    dutiesDone: 'Every preparation duty is done.',
    open: 'Open',
  },
} satisfies Record<Locale, unknown>
