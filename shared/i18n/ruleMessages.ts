import { CAMPAIGN_STATUSES, labelOf, PROPOSAL_STATUSES } from '../domain/vocabulary'
import { DEFAULT_TIME_ZONE } from '../domain/timeZone'
import { TEXT_FIELDS } from '../domain/textFields'
import { CHARACTERS, counted, DAYS, ITEMS, MONTHS, PROPOSALS, WEEKS } from './countedNoun'
import { formatMonth, intlLocale, type Locale } from './locales'

export type RuleParams = Record<string, string | number>

type Message = Record<Locale, (params: RuleParams) => string>

/**
 * A wait as a person says it, in seconds under a minute, minutes under an hour, hours above,
 * with the language's own plural forms and digits (Intl: «٣ دقائق», «ساعة», "3 minutes").
 */
const formatWait = (seconds: unknown, locale: Locale): string => {
  const total = Math.max(1, Math.ceil(Number(seconds) || 0))
  const minutes = Math.ceil(total / 60)
  const [value, unit] =
    total < 60
      ? [total, 'second']
      : minutes < 60
        ? [minutes, 'minute']
        : [Math.ceil(minutes / 60), 'hour']
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value)
}

/**
 * Moments and days as a reader says them, never an ISO timestamp: «الأحد، ٦ كانون الأول ٢٠٢٦ في
 * ٦:٠٠ م توقيت سوريا». A rule reads the same to every member, so it is written in the zone it
 * was judged in (the meeting's own, or the town's).
 */
const momentOf = (iso: unknown, locale: Locale, timeZone: unknown = DEFAULT_TIME_ZONE): string =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: String(timeZone),
    timeZoneName: 'longGeneric',
  }).format(new Date(String(iso)))

const dayOf = (iso: unknown, locale: Locale): string =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeZone: DEFAULT_TIME_ZONE,
  }).format(new Date(String(iso)))

const monthsOf = (n: unknown, locale: Locale): string => counted(Number(n), MONTHS, locale)

/** The stages a proposal may go to next, named and joined as the reader says "or". */
const statusChoices = (next: unknown, locale: Locale): string =>
  new Intl.ListFormat(intlLocale(locale), { type: 'disjunction' }).format(
    String(next)
      .split(',')
      .map((status) =>
        locale === 'ar'
          ? `«${labelOf(PROPOSAL_STATUSES, status, 'ar')}»`
          : `"${labelOf(PROPOSAL_STATUSES, status, 'en')}"`,
      ),
  )

/** A count in the reader's digits («٥», "5"); anything that is not a whole number is left as it came. */
const textFieldName = (field: unknown, locale: Locale): string =>
  field === 'title' || field === 'summary' || field === 'description'
    ? TEXT_FIELDS[field][locale]
    : String(field)

const numberOf = (value: unknown, locale: Locale): string =>
  typeof value === 'number' || /^\d+$/.test(String(value))
    ? new Intl.NumberFormat(intlLocale(locale)).format(Number(value))
    : String(value)

/** An amount in major units of a currency, as the donate form shows money: «٢٥٬٠٠٠ €». */
const moneyOf = (major: unknown, currency: unknown, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: String(currency),
    maximumFractionDigits: 2,
    minimumFractionDigits: 0,
  }).format(Number(major))

/**
 * What a person reads when a rule stops them: which rule, and what to do. Arabic first.
 * The CMS hooks, the REST errors and the portal all show these same words.
 */
export const RULE_MESSAGES = {
  'committee-size': {
    ar: (p) =>
      `قاعدة حجم اللجنة: لا يزيد عدد أعضاء ${p.kind === 'brainstorm' ? 'مجموعة العصف الذهني' : 'اللجنة الطيارة'} عن ${numberOf(p.limit, 'ar')} (مع المسؤول)، وفي هذا الطلب ${numberOf(p.count, 'ar')}. أزل ${numberOf(Number(p.count) - Number(p.limit), 'ar')} ثم أعد المحاولة.`,
    en: (p) =>
      `Committee size rule: a ${p.kind === 'brainstorm' ? 'brainstorm group' : 'flying committee'} has at most ${numberOf(p.limit, 'en')} members (the lead included); this has ${numberOf(p.count, 'en')}. Remove ${numberOf(Number(p.count) - Number(p.limit), 'en')} and try again.`,
  },
  'committee-end-required': {
    ar: () => 'قاعدة لا لجان دائمة: لكل لجنة تاريخ انتهاء. أضف تاريخ الانتهاء.',
    en: () => 'No permanent committees: every committee needs an end date. Add one.',
  },
  'committee-end-before-start': {
    ar: () => 'تاريخ انتهاء اللجنة يجب أن يأتي بعد تاريخ بدئها.',
    en: () => "The committee's end date must come after its start date.",
  },
  'committee-duration': {
    ar: (p) =>
      `قاعدة مدة اللجنة: لا تتجاوز مدة اللجنة ${monthsOf(p.months, 'ar')} من البدء إلى الانتهاء (أقصى تاريخ انتهاء ${dayOf(p.latestEnd, 'ar')}).`,
    en: (p) =>
      `Committee duration rule: a committee lasts at most ${monthsOf(p.months, 'en')} from start to end (latest end date ${dayOf(p.latestEnd, 'en')}).`,
  },
  'committee-mix-veteran-missing': {
    ar: () =>
      'قاعدة بقعة الزيت: تحتاج اللجنة إلى عضو خبير واحد على الأقل (خدم في لجنة سابقة) إلى جانب الأعضاء الجدد.',
    en: () =>
      'Oil-stain rule: the committee needs at least one veteran (a member who served on an earlier committee) alongside newcomers.',
  },
  'committee-mix-newcomer-missing': {
    ar: () =>
      'قاعدة بقعة الزيت: تحتاج اللجنة إلى عضو جديد واحد على الأقل (لم يخدم في لجنة سابقة) إلى جانب الخبراء.',
    en: () =>
      'Oil-stain rule: the committee needs at least one newcomer (a member who has not served on a committee yet) alongside veterans.',
  },
  'committee-completed': {
    ar: () => 'هذه اللجنة منتهية ومنحلّة، ولا يمكن تعديل أعضائها أو تواريخها.',
    en: () =>
      'This committee is completed and dissolved; its members and dates can no longer change.',
  },
  'committee-member-not-active': {
    ar: (p) =>
      `قاعدة اللجان: يشارك في اللجان الأعضاء الفاعلون وحدهم، و«${p.name}» ليس عضواً فاعلاً الآن (طلب انضمام لم يُقبل بعد، أو عضوية موقوفة أو منتهية).`,
    en: (p) =>
      `Committee rule: only active members sit on a committee, and "${p.name}" is not an active member now (an application not yet admitted, or a paused or ended membership).`,
  },
  'vote-recorded-how': {
    ar: () =>
      'قاعدة التصويت: حين تسجّل الإدارة صوت عضو نيابةً عنه، تذكر كيف أُخذ (بالهاتف أو برفع اليد في اللقاء). يُخبَر العضو، ويستطيع تغييره حتى الإغلاق.',
    en: () =>
      "Voting rule: when the management records a member's vote on their behalf, say how it was taken (by phone, or by show of hands in the meeting). The member is told, and may change it until the close.",
  },
  'vote-member-not-active': {
    ar: () => 'قاعدة التصويت: يصوّت الأعضاء الفعّالون فقط. تواصل مع الإدارة لتفعيل عضويتك.',
    en: () =>
      'Voting rule: only active members vote. Contact the management to activate your membership.',
  },
  'vote-proposal-not-voting': {
    ar: () => 'قاعدة التصويت: هذا المقترح ليس مطروحاً للتصويت الآن.',
    en: () => 'Voting rule: this proposal is not open for voting.',
  },
  'vote-not-open-yet': {
    ar: (p) => `قاعدة التصويت: لم يبدأ التصويت بعد؛ يبدأ ${momentOf(p.opensAt, 'ar')}.`,
    en: (p) =>
      `Voting rule: the vote has not opened yet; it opens on ${momentOf(p.opensAt, 'en')}.`,
  },
  'vote-closed': {
    ar: (p) =>
      `قاعدة التصويت: أُغلق التصويت ${momentOf(p.closesAt, 'ar')}، ولا يمكن الإدلاء بصوت أو تغييره بعده.`,
    en: (p) =>
      `Voting rule: the vote closed on ${momentOf(p.closesAt, 'en')}; votes can no longer be cast or changed.`,
  },
  'vote-duplicate': {
    ar: () =>
      'قاعدة التصويت: صوت واحد لكل عضو في كل مقترح. يمكنك تعديل صوتك بدلاً من إضافة صوت جديد.',
    en: () => 'Voting rule: one vote per member per proposal. Change your existing vote instead.',
  },
  'vote-not-own': {
    ar: () => 'قاعدة التصويت: يغيّر كل عضو صوته هو فقط.',
    en: () => 'Voting rule: a member can only change their own vote.',
  },
  'proposal-transition': {
    ar: (p) =>
      `قاعدة مراحل المقترح: لا ينتقل المقترح من «${labelOf(PROPOSAL_STATUSES, p.from, 'ar')}» إلى «${labelOf(PROPOSAL_STATUSES, p.to, 'ar')}» مباشرة. ${p.via ? `انقله أولاً إلى «${labelOf(PROPOSAL_STATUSES, p.via, 'ar')}».` : p.next ? `من هنا ينتقل إلى ${statusChoices(p.next, 'ar')} فقط.` : 'هذه مرحلة نهائية لا ينتقل منها.'}`,
    en: (p) =>
      `Proposal stages rule: a proposal does not move from "${labelOf(PROPOSAL_STATUSES, p.from, 'en')}" straight to "${labelOf(PROPOSAL_STATUSES, p.to, 'en')}". ${p.via ? `Move it to "${labelOf(PROPOSAL_STATUSES, p.via, 'en')}" first.` : p.next ? `From here it moves only to ${statusChoices(p.next, 'en')}.` : 'This stage is final.'}`,
  },
  'proposal-admin-only': {
    ar: (p) =>
      `الإدارة وحدها تنقل المقترح إلى «${labelOf(PROPOSAL_STATUSES, p.to, 'ar')}» (فتح التصويت أو الاختيار أو عدمه).`,
    en: (p) =>
      `Only the management moves a proposal to "${labelOf(PROPOSAL_STATUSES, p.to, 'en')}" (opening the vote, selecting or not).`,
  },
  'proposal-vote-still-open': {
    ar: (p) =>
      `قاعدة التصويت: يُحسم المقترح (مختار أو غير مختار) بعد إغلاق التصويت ${momentOf(p.closesAt, 'ar')}، لا قبله؛ الأعضاء ما زالوا يصوّتون.`,
    en: (p) =>
      `Voting rule: a proposal is decided (selected or not) once its vote closes on ${momentOf(p.closesAt, 'en')}, not before; members are still voting.`,
  },
  'proposal-decided-by-round': {
    ar: () =>
      'قاعدة جولة التصويت: لا تُختار المقترحات باليد. تحسم الجولة عند إغلاقها بالنصاب والأصوات، وإن تعادل مقترحان تقرر الإدارة في صفحة الجولة مع سبب يقرؤه الأعضاء.',
    en: () =>
      "Voting round rule: proposals are not selected by hand. The round decides at its close, by quorum and votes; on a tie the management decides on the round's page, with a reason members read.",
  },
  'proposal-round-required': {
    ar: () =>
      'قاعدة جولة التصويت: اختر جولة التصويت التي يُطرح فيها المقترح؛ منها يأخذ موعد فتح التصويت وإغلاقه.',
    en: () =>
      'Voting round rule: choose the voting round the proposal goes to; its vote opens and closes with it.',
  },
  'proposal-round-locked': {
    ar: () => 'قاعدة جولة التصويت: لا يُنقل مقترح من جولته بعد أن يُطرح للتصويت.',
    en: () => 'Voting round rule: a proposal does not change rounds once it is put to the vote.',
  },
  'round-window': {
    ar: () => 'قاعدة جولة التصويت: حدّد موعد فتح الجولة وموعد إغلاقها، والإغلاق بعد الفتح.',
    en: () =>
      'Voting round rule: give the round an opening and a closing time, the close after the opening.',
  },
  'round-started': {
    ar: (p) =>
      `قاعدة جولة التصويت: فُتحت الجولة ${momentOf(p.opensAt, 'ar')}؛ لا يتغير موعدها ولا نصابها والأعضاء يصوّتون. إن لم يكتمل النصاب تُمدَّد مرة واحدة وحدها.`,
    en: (p) =>
      `Voting round rule: the round opened on ${momentOf(p.opensAt, 'en')}; its times and quorum do not change while members vote. If it misses its quorum, it is extended once by itself.`,
  },
  'round-quorum-percent': {
    ar: () =>
      'قاعدة النصاب: النصاب نسبة مئوية من الأعضاء الفاعلين، أكبر من صفر وحتى ١٠٠. اتركه فارغاً ليكون ثلث الأعضاء.',
    en: () =>
      'Quorum rule: the quorum is a percentage of active members, above 0 and up to 100. Leave it empty for a third of the members.',
  },
  'round-tie-winner': {
    ar: (p) =>
      `قاعدة التعادل: اختر المقترح الفائز من بين المقترحات المتعادلة في الجولة فقط (${counted(Number(p.count), PROPOSALS, 'ar')})، وبعد أن تُغلق الجولة على تعادل.`,
    en: (p) =>
      `Tie rule: choose the winner among the round's ${p.count} tied proposals only, once the round has closed on a tie.`,
  },
  'round-tie-reason': {
    ar: (p) =>
      `قاعدة التعادل: اكتب سبب اختيار الإدارة (${counted(Number(p.min), CHARACTERS, 'ar')} على الأقل)؛ يقرؤه الأعضاء مع النتيجة.`,
    en: (p) =>
      `Tie rule: write why the management chose it (at least ${p.min} characters); members read it with the result.`,
  },
  'proposal-proposer-only': {
    ar: () => 'صاحب المقترح وحده يقدّمه أو يسحبه، وقبل بدء التصويت فقط.',
    en: () => 'Only the proposer submits or withdraws a proposal, and only before the vote.',
  },
  'proposal-budget-required': {
    ar: () =>
      'قاعدة المشروع الصغير: حدّد الميزانية التقديرية للمشروع؛ لا يُطرح للتصويت مشروع بلا ميزانية.',
    en: () =>
      "Small project rule: give the project's estimated budget; no project goes to the vote without one.",
  },
  'proposal-duration': {
    ar: (p) =>
      `قاعدة المشروع الصغير: مدة التنفيذ بين أسبوع واحد و${counted(Number(p.maxWeeks), WEEKS, 'ar')}.`,
    en: (p) => `Small project rule: the duration must be between 1 and ${p.maxWeeks} weeks.`,
  },
  'proposal-text-too-long': {
    ar: (p) =>
      `قاعدة نص المقترح: ${p.field === 'title' ? 'العنوان' : 'الملخص'} ${counted(Number(p.max), CHARACTERS, 'ar')} على الأكثر، وفي هذا ${counted(Number(p.length), CHARACTERS, 'ar')}. اختصره ثم أعد الحفظ.`,
    en: (p) =>
      `Proposal text rule: the ${p.field === 'title' ? 'title' : 'summary'} is at most ${numberOf(p.max, 'en')} characters; this one has ${numberOf(p.length, 'en')}. Shorten it and save again.`,
  },
  'proposal-window-required': {
    ar: () => 'قبل فتح التصويت: حدّد موعد بدء التصويت وموعد إغلاقه، والإغلاق بعد البدء.',
    en: () => 'Before the vote opens: set when voting opens and closes, closing after opening.',
  },
  'proposal-locked': {
    ar: () => 'لا يُعدّل المقترح بعد بدء التصويت.',
    en: () => 'A proposal cannot be edited once its vote has started.',
  },
  'text-missing': {
    ar: (p) =>
      `قاعدة النص: ${textFieldName(p.field, 'ar')} مطلوب بلغة واحدة على الأقل. اكتبه بالعربية أو بالإنجليزية؛ يُقرأ باللغة التي كُتب بها حتى يُترجم.`,
    en: (p) =>
      `Text rule: the ${textFieldName(p.field, 'en')} is needed in one language at least. Write it in Arabic or English; it is read in the language it was written in until translated.`,
  },
  'campaign-month-format': {
    ar: () => 'شهر الحملة بالصيغة سنة-شهر، مثل ٢٠٢٦-٠٧، بالأرقام العربية أو اللاتينية.',
    en: () => "The campaign's month is written YYYY-MM, e.g. 2026-07.",
  },
  'campaign-month-taken': {
    ar: (p) => `قاعدة حملة واحدة في الشهر: لشهر ${formatMonth(String(p.month), 'ar')} حملة من قبل.`,
    en: (p) =>
      `One campaign a month: ${formatMonth(String(p.month), 'en')} already has a campaign.`,
  },
  'campaign-fundraising-taken': {
    ar: (p) => `قاعدة حملة واحدة في الشهر: حملة «${p.title}» تجمع التبرعات الآن. أنهِ جمعها أولاً.`,
    en: (p) => `One campaign at a time: "${p.title}" is fundraising now. Move it on first.`,
  },
  'campaign-report-required': {
    ar: () => 'قاعدة الشفافية: لا تُغلق الحملة قبل كتابة تقريرها (ما جُمع وما صُرف وما أُنجز).',
    en: () =>
      'Transparency rule: a campaign closes only with its report (money in, money out, what was done).',
  },
  'campaign-transition': {
    ar: (p) =>
      `لا يمكن نقل الحملة من حالة «${labelOf(CAMPAIGN_STATUSES, p.from, 'ar')}» إلى «${labelOf(CAMPAIGN_STATUSES, p.to, 'ar')}».`,
    en: (p) =>
      `A campaign cannot move from "${labelOf(CAMPAIGN_STATUSES, p.from, 'en')}" to "${labelOf(CAMPAIGN_STATUSES, p.to, 'en')}".`,
  },
  'meeting-not-sunday': {
    ar: (p) =>
      `قاعدة لقاء الأحد: يبدأ اللقاء يوم أحد في منطقته الزمنية، والموعد المختار ${momentOf(p.startsAt, 'ar', p.timeZone)}.`,
    en: (p) =>
      `Sunday meeting rule: it starts on a Sunday in its own time zone; the chosen time is ${momentOf(p.startsAt, 'en', p.timeZone)}.`,
  },
  'meeting-held-in-future': {
    ar: (p) =>
      `قاعدة اللقاء المنعقد: لا يُسجَّل اللقاء «انعقد» قبل موعده (${momentOf(p.startsAt, 'ar')}). غيّر الحالة بعد انعقاده.`,
    en: (p) =>
      `Held meeting rule: a meeting is marked held only once it has begun (${momentOf(p.startsAt, 'en')}). Change the status after it takes place.`,
  },
  'meeting-held-summary-required': {
    ar: () =>
      'قاعدة الموجز: يُرسل تسجيل لقاء الأحد الكبير «انعقد» موجزه إلى كل الأعضاء، فاكتب ملخص اللقاء أولاً ثم احفظ.',
    en: () =>
      'Digest rule: marking a Big Sunday Meeting held sends its digest to every member, so write the meeting’s summary first, then save.',
  },
  'meeting-big-sunday-month-taken': {
    ar: (p) =>
      `قاعدة لقاء الأحد الكبير: لقاء واحد في الشهر، ولشهر ${formatMonth(String(p.month), 'ar')} لقاء من قبل.`,
    en: (p) =>
      `Big Sunday Meeting rule: one a month, and ${formatMonth(String(p.month), 'en')} already has one.`,
  },
  'meeting-segments-order': {
    ar: (p) =>
      `قاعدة فقرات لقاء الأحد: الفقرات بالترتيب الثابت (التعارف، الحملة القادمة، الحملة السابقة، ضيف الشهر، العصف الذهني إن وُجد، الختام). الفقرة رقم ${numberOf(p.position, 'ar')} في غير مكانها.`,
    en: (p) =>
      `Big Sunday segments rule: segments follow the fixed order (introductions, next campaign, last campaign, guest, brainstorm if any, closing). Segment ${numberOf(p.position, 'en')} is out of place.`,
  },
  'meeting-segment-missing': {
    ar: (p) => `قاعدة فقرات لقاء الأحد: فقرة «${p.segment}» ناقصة.`,
    en: (p) => `Big Sunday segments rule: the "${p.segment}" segment is missing.`,
  },
  'meeting-introductions-count': {
    ar: (p) =>
      `قاعدة فقرة التعارف: يعرّف بنفسه ${numberOf(p.required, 'ar')} من الأعضاء بالضبط، والمحدد ${numberOf(p.count, 'ar')}.`,
    en: (p) =>
      `Introductions rule: exactly ${numberOf(p.required, 'en')} members introduce themselves; ${numberOf(p.count, 'en')} are set.`,
  },
  'expense-self-approval': {
    ar: () =>
      'قاعدة الشفافية المالية: لا يوافق على المصروف من قدّمه. يوافق عليه عضو آخر من الإدارة.',
    en: () =>
      'Money rule: an expense cannot be approved by the member who submitted it. Another admin approves it.',
  },
  'donation-session-duplicate': {
    ar: () => 'هذا التبرع مسجّل من قبل (جلسة دفع واحدة لكل تبرع).',
    en: () => 'This donation is already recorded (one donation per payment session).',
  },
  'donation-amount-invalid': {
    ar: () => 'اكتب المبلغ أرقاماً فقط، مثل ٢٥ أو ٢٥٫٥٠.',
    en: () => 'Type the amount as a number, such as 25 or 25.50.',
  },
  'donation-amount-too-small': {
    ar: (p) => `أقل تبرع بالبطاقة ${moneyOf(p.min, p.currency, 'ar')}. شكراً لك على كل مبلغ.`,
    en: (p) =>
      `The smallest card gift is ${moneyOf(p.min, p.currency, 'en')}. Thank you for every amount.`,
  },
  'donation-amount-too-large': {
    ar: (p) =>
      `أكبر تبرع بالبطاقة ${moneyOf(p.max, p.currency, 'ar')}. للمبالغ الأكبر استخدم التحويل المصرفي المذكور أدناه، أو تأكد من المبلغ.`,
    en: (p) =>
      `The largest card gift is ${moneyOf(p.max, p.currency, 'en')}. For more, please use the bank transfer below, or check the amount.`,
  },
  'donation-currency': {
    ar: (p) => `قاعدة العملة: تُجمع تبرعات هذه الحملة بعملة ${p.currency} كي تتطابق الحسابات.`,
    en: (p) =>
      `Currency rule: this campaign's gifts are in ${p.currency}, so that its figures add up.`,
  },
  'donation-campaign-closed': {
    ar: () => 'هذه الحملة لا تستقبل تبرعات الآن. تبرّع لحملة الشهر الحالية.',
    en: () => "This campaign is not taking gifts now. Give to this month's campaign instead.",
  },
  'donation-stripe-status': {
    ar: () =>
      'تبرعات البطاقة تتغير حالتها بإشعارات Stripe وحدها. لتسجيل تبرع نقدي أو مصرفي اختر طريقة الدفع المناسبة.',
    en: () =>
      "A card donation's status follows Stripe's notifications only. To record a cash or bank gift, choose that method.",
  },
  'money-currency-of-campaign': {
    ar: (p) => `قاعدة العملة: تُسجّل مبالغ هذه الحملة بعملة ${p.currency} كي تتطابق الحسابات.`,
    en: (p) =>
      `Currency rule: this campaign's amounts are recorded in ${p.currency}, so that its figures add up.`,
  },
  'expense-lead-only': {
    ar: () => 'يقدّم المصاريف مسؤول اللجنة الطيارة للحملة أو الإدارة.',
    en: () => "Expenses are submitted by the lead of the campaign's flying committee, or an admin.",
  },
  'expense-receipt-required': {
    ar: () => 'قاعدة الشفافية المالية: لا يُوافق على مصروف دون إيصال. أرفق صورة الإيصال أولاً.',
    en: () => 'Money rule: no expense is approved without its receipt. Attach the receipt first.',
  },
  'request-bad-value': {
    ar: () =>
      'قيمة في الطلب ليست من النوع المنتظر أو خارج حدوده (رقم معرّف ليس رقماً، تاريخ غير موجود، عدد كبير جداً). صحّحها ثم أعد المحاولة.',
    en: () =>
      'A value in the request is not of the expected type or is out of range (an id that is not a number, a date that does not exist, a number too large). Correct it and try again.',
  },
  'form-unknown-choice': {
    ar: () => 'هذا الاختيار ليس من الخيارات المعروضة. حمّل الصفحة واختر من جديد.',
    en: () => 'That choice is not one the page offered. Reload the page and choose again.',
  },
  forbidden: {
    ar: () => 'لا تملك الإذن بهذا.',
    en: () => 'You are not allowed to do this.',
  },
  'vote-choice-unknown': {
    ar: () => 'اختر نعم أو لا أو امتناع.',
    en: () => 'Choose yes, no or abstain.',
  },
  'committee-help-closed': {
    ar: () =>
      'قاعدة لا لجان دائمة: هذه اللجنة أنهت عملها وحُلّت، فلا تقبل عروض مساعدة. ابحث عن لجنة قيد التشكيل.',
    en: () =>
      'No permanent committees: this committee has finished its work and is dissolved, so it takes no offers of help. Look for a committee that is forming.',
  },
  'password-length': {
    ar: (p) =>
      `قاعدة كلمة السر: من ${counted(Number(p.min), CHARACTERS, 'ar')} إلى ${counted(Number(p.max), CHARACTERS, 'ar')}. اختر كلمة سر بهذا الطول (جملة قصيرة تتذكرها تكفي).`,
    en: (p) =>
      `Password rule: from ${numberOf(p.min, 'en')} to ${numberOf(p.max, 'en')} characters. Choose one of that length (a short sentence you remember will do).`,
  },
  'current-password-required': {
    ar: () =>
      'لتغيير البريد أو كلمة السر أرسل كلمة السر الحالية معها (currentPassword)، صحيحةً. لم يتغير شيء.',
    en: () =>
      'To change the email or the password, send the current password with it (currentPassword), correct. Nothing was changed.',
  },
  'session-too-old': {
    ar: (p) =>
      `قاعدة مدة الجلسة: لا تمتد جلسة أكثر من ${counted(Number(p.days), DAYS, 'ar')}. ادخل من جديد.`,
    en: (p) => `Session rule: a sign-in lasts at most ${p.days} days. Sign in again.`,
  },
  'too-many-attempts': {
    ar: (p) =>
      p.kind === 'sign-in'
        ? `محاولات كثيرة من هذا الجهاز في وقت قصير. انتظر ${formatWait(p.seconds, 'ar')} ثم أعد المحاولة؛ لم يُقفل أي حساب.`
        : `طلبات كثيرة من هذا الجهاز في وقت قصير. انتظر ${formatWait(p.seconds, 'ar')} ثم أعد المحاولة؛ ما كتبته باقٍ في النموذج.`,
    en: (p) =>
      p.kind === 'sign-in'
        ? `Too many attempts from this device in a short time. Wait ${formatWait(p.seconds, 'en')} and try again; no account has been locked.`
        : `Too many requests from this device in a short time. Wait ${formatWait(p.seconds, 'en')} and try again; what you typed is still in the form.`,
  },
  'database-unavailable': {
    ar: () =>
      'قاعدة البيانات لا تستطيع الإجابة الآن (تُعاد تشغيلها أو مشغولة جداً). لم يُحفظ شيء من هذا الطلب؛ أعد المحاولة بعد دقيقة.',
    en: () =>
      'The database cannot answer right now (it is restarting, or too busy). Nothing from this request was saved; try again in a minute.',
  },
  'request-bad-address': {
    ar: () =>
      'عنوان الطلب غير صالح: فيه محرف تحكم (مثل NUL) لا مكان له في عنوان. صحّح العنوان ثم أعد المحاولة.',
    en: () =>
      'The address of the request is not valid: it holds a control character (such as NUL) that has no place in an address. Correct it and try again.',
  },
  'request-no-versions': {
    ar: (p) => `لا تحفظ المجموعة «${p.collection}» نسخاً سابقة، فلا شيء هنا.`,
    en: (p) =>
      `The collection "${p.collection}" keeps no earlier versions, so there is nothing here.`,
  },
  'request-bad-body': {
    ar: () =>
      'نص الطلب ليس وثيقة صالحة: يجب أن يكون كائن JSON، بلا تداخل مفرط ولا محرف NUL، والبريد وكلمة المرور نصوصاً.',
    en: () =>
      'The request body is not a valid document: it must be a JSON object, not nested absurdly deep, with no NUL character, and with the email and password as text.',
  },
  'request-too-large': {
    ar: (p) =>
      `الطلب أكبر مما يقبله الخادم: ${p.what === 'list' ? `قائمة فيها أكثر من ${counted(Number(p.limit), ITEMS, 'ar')}` : p.what === 'text' ? `نص أطول من ${counted(Number(p.limit), CHARACTERS, 'ar')}` : `أكثر من ${numberOf(p.limit, 'ar')} ميغابايت`}. لم يُحفظ شيء؛ اختصر ما أرسلته ثم أعد المحاولة.`,
    en: (p) =>
      `The request is larger than the server takes: ${p.what === 'list' ? `a list of more than ${numberOf(p.limit, 'en')} items` : p.what === 'text' ? `a text of more than ${numberOf(p.limit, 'en')} characters` : `more than ${numberOf(p.limit, 'en')} MB`}. Nothing was saved; send less and try again.`,
  },
  'upload-storage-unavailable': {
    ar: () =>
      'لا يستطيع الخادم حفظ الملفات الآن (القرص ممتلئ أو للقراءة فقط). لم يُحفظ شيء؛ أعد المحاولة لاحقاً، وأخبر المشرفين إن تكرر ذلك.',
    en: () =>
      'The server cannot store files right now (its disk is full or read-only). Nothing was saved; try again later, and tell the admins if it keeps happening.',
  },
  'campaign-has-money': {
    ar: () =>
      'لا تُحذف حملة سُجّل فيها مال (تبرعات أو تحويلات أو مصاريف): أغلقها بعد تقريرها بدلاً من حذفها.',
    en: () =>
      'A campaign with money recorded (gifts, transfers or expenses) is never deleted: close it with its report instead.',
  },
  'expense-approval-with-changes': {
    ar: () =>
      'قاعدة العينين الأربع: وافق على المصروف كما قُدّم. لتصحيح المبلغ أو الوصف أو الإيصال احفظ التصحيح أولاً دون موافقة، ثم وافق عليه.',
    en: () =>
      'Four-eyes rule: approve the expense as it was submitted. To correct its amount, description or receipt, save the correction first without approving, then approve it.',
  },
  'expense-rejection-reason': {
    ar: () => 'قاعدة الشفافية: اكتب سبب رفض المصروف؛ يراه مسؤول اللجنة ليصحح ويعيد التقديم.',
    en: () =>
      'Transparency rule: write why the expense is rejected; the committee lead sees it, to correct and submit again.',
  },
  'money-amount-too-large': {
    ar: (p) =>
      `المبلغ أكبر من أي مبلغ يُسجَّل هنا (${numberOf(p.max, 'ar')} على الأكثر). تأكد من عدد الأصفار.`,
    en: (p) =>
      `The amount is larger than anything booked here (at most ${numberOf(p.max, 'en')}). Check the zeros.`,
  },
  'money-amount': {
    ar: () =>
      'المبلغ أرقام فقط، أكبر من صفر، كما يُقال: ٢٣٠٠ أو ٢٣٠٠٫٥٠، بالأرقام العربية أو اللاتينية. (عبر الواجهة البرمجية: عدد صحيح بالسنت.)',
    en: () =>
      'The amount is digits only, above zero, as you would say it: 2300 or 2300.50. (Through the API: a whole number of cents.)',
  },
} satisfies Record<string, Message>

export type RuleCode = keyof typeof RULE_MESSAGES
