import type { Locale } from '../../../shared/i18n/locales'

/** The portal's own words, Arabic first. */
export const UI = {
  ar: {
    siteName: 'الفزعة',
    tagline: 'أخوية لا منظمة: أبناء مصياف في المهجر يساندون مدينتهم',
    currentCampaign: 'حملة هذا الشهر',
    raisedOf: (raised: string, goal: string) => `جُمع ${raised} من ${goal}`,
    donors: (n: string) => `${n} متبرعاً`,
    daysLeft: (n: string) => `بقي ${n} يوماً`,
    noCampaign: 'لا حملة تجمع التبرعات الآن. تابعنا لتعرف مشروع الشهر القادم.',
    nextMeeting: 'لقاء الأحد الكبير القادم',
    noMeeting: 'سنعلن موعد اللقاء القادم قريباً.',
    howItWorks: 'كيف نعمل',
    steps: [
      'يقترح الأعضاء مشاريع صغيرة',
      'نصوّت معاً على مشروع الشهر',
      'تنفذه لجنة طيارة خلال شهرين على الأكثر',
      'نعرض التقرير والإيصالات على الجميع',
    ],
    admin: 'لوحة الإدارة',
    switchTo: 'English',
    progressLabel: 'نسبة ما جُمع من الهدف',
  },
  en: {
    siteName: 'Fazaa',
    tagline: 'A fellowship, not an organisation: people of Masyaf abroad helping their town',
    currentCampaign: "This month's campaign",
    raisedOf: (raised: string, goal: string) => `${raised} raised of ${goal}`,
    donors: (n: string) => `${n} donors`,
    daysLeft: (n: string) => `${n} days left`,
    noCampaign: 'No campaign is fundraising right now. Come back to see next month’s project.',
    nextMeeting: 'Next Big Sunday Meeting',
    noMeeting: 'The next meeting will be announced soon.',
    howItWorks: 'How we work',
    steps: [
      'Members propose small projects',
      'We vote together on the project of the month',
      'A flying committee carries it out in at most two months',
      'We show everyone the report and the receipts',
    ],
    admin: 'Admin panel',
    switchTo: 'العربية',
    progressLabel: 'Share of the goal raised',
  },
} satisfies Record<Locale, unknown>
