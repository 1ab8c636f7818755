import type { RoundStatus } from '../domain/vocabulary'
import type { Turnout } from '../rules/votingRound'
import { counted, MEMBERS, MEMBERS_SUBJECT } from './countedNoun'
import { intlLocale, type Locale } from './locales'

const number = (n: number, locale: Locale) => new Intl.NumberFormat(intlLocale(locale)).format(n)

/**
 * A round's turnout and outcome as members read them, on the ballot, in My space and in the mail
 * that tells them the result: totals only, never who voted what.
 */
export const ROUND_WORDS = {
  ar: {
    turnout: (t: Turnout) =>
      `صوّت ${number(t.voters, 'ar')} من أصل ${counted(t.eligible, MEMBERS, 'ar')}، والنصاب ${number(t.needed, 'ar')}.`,
    missing: (t: Turnout) =>
      t.met ? 'اكتمل النصاب.' : `ينقص ${counted(t.missing, MEMBERS_SUBJECT, 'ar')} ليكتمل النصاب.`,
    subject: (status: RoundStatus, title: string) =>
      ({
        open: 'جولة التصويت مفتوحة',
        extended: 'لم يكتمل النصاب: مُدّدت جولة التصويت',
        tied: 'تعادل في جولة التصويت: تقرر الإدارة',
        decided: `اختار الأعضاء مشروع الشهر القادم: «${title}»`,
        'no-quorum': 'لم يكتمل النصاب بعد التمديد: لم يُختر مشروع',
        'no-majority': 'لم ينل أي مقترح أغلبية الأصوات',
      })[status],
    outcome: (status: RoundStatus, title: string, until: string) =>
      ({
        open: `التصويت مفتوح حتى ${until}.`,
        extended: `مُدّدت الجولة مرة واحدة حتى ${until}. صوّت، وادعُ من لم يصوّت بعد.`,
        tied: 'تعادلت المقترحات الأولى في الأصوات؛ تقرر الإدارة بينها وتكتب سببها، ويصلك القرار.',
        decided: `فاز «${title}»، وتُعدّ الإدارة حملته للشهر القادم.`,
        'no-quorum': 'لم يكتمل النصاب بعد التمديد، فلم يُختر مشروع في هذه الجولة.',
        'no-majority': 'اكتمل النصاب، لكن لم ينل أي مقترح أصوات «نعم» أكثر من «لا».',
      })[status],
    reason: (reason: string) => `قرار الإدارة في التعادل: ${reason}`,
    recordedSubject: (title: string) => `سجّلت الإدارة صوتك على «${title}»`,
    recorded: (choice: string, title: string, how: string, until: string) =>
      `سجّلت الإدارة صوتك «${choice}» على «${title}» (${how}). إن لم يكن هذا صوتك فغيّره قبل إغلاق التصويت ${until}.`,
    recordedNote: (how: string) => `سجّلت الإدارة هذا الصوت عنك (${how}). يمكنك تغييره حتى الإغلاق.`,
    recordedFooter: 'وصلتك هذه الرسالة لأن صوتاً سُجّل باسمك.',
    openResults: 'النتيجة',
    vote: 'صوّت',
  },
  en: {
    turnout: (t: Turnout) =>
      `${number(t.voters, 'en')} of ${number(t.eligible, 'en')} active members have voted; the quorum is ${number(t.needed, 'en')}.`,
    missing: (t: Turnout) =>
      t.met
        ? 'The quorum is met.'
        : `${counted(t.missing, MEMBERS, 'en')} more needed for the quorum.`,
    subject: (status: RoundStatus, title: string) =>
      ({
        open: 'The voting round is open',
        extended: 'Quorum missed: the voting round is extended',
        tied: 'A tie in the voting round: the management decides',
        decided: `Members chose next month's project: “${title}”`,
        'no-quorum': 'Quorum missed after the extension: no project chosen',
        'no-majority': 'No proposal won a majority',
      })[status],
    outcome: (status: RoundStatus, title: string, until: string) =>
      ({
        open: `Voting is open until ${until}.`,
        extended: `The round is extended once, until ${until}. Vote, and ask those who have not yet.`,
        tied: 'The leading proposals tied; the management decides between them, writes why, and you will hear.',
        decided: `“${title}” won; the management is preparing its campaign for next month.`,
        'no-quorum': 'The quorum was missed after the extension, so this round chose no project.',
        'no-majority': 'The quorum was met, but no proposal had more yes than no.',
      })[status],
    reason: (reason: string) => `The management's decision on the tie: ${reason}`,
    recordedSubject: (title: string) => `The management recorded your vote on “${title}”`,
    recorded: (choice: string, title: string, how: string, until: string) =>
      `The management recorded your vote “${choice}” on “${title}” (${how.toLowerCase()}). If it is not yours, change it before the vote closes ${until}.`,
    recordedNote: (how: string) =>
      `The management recorded this vote for you (${how.toLowerCase()}). You may change it until the close.`,
    recordedFooter: 'You receive this because a vote was recorded in your name.',
    openResults: 'The result',
    vote: 'Vote',
  },
} satisfies Record<Locale, unknown>
