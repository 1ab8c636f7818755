import type { Localized } from '../i18n/locales'

/**
 * Every closed list of the domain, with its labels, in one place: Payload select fields, the
 * portal's filters and the rules all read these, so a status is spelled once.
 */
export interface Choice<V extends string> {
  value: V
  label: Localized
}

const choices = <V extends string>(list: Choice<V>[]) => list

/**
 * A value of a closed list as the reader knows it ("voting" → «في التصويت» / "Voting"); a value
 * the list does not hold (an old row, a typo in a URL) is shown as it is.
 */
export const labelOf = (
  list: readonly Choice<string>[],
  value: unknown,
  locale: keyof Localized,
): string => list.find((choice) => choice.value === value)?.label[locale] ?? String(value)

export const MEMBER_ROLES = choices([
  { value: 'admin', label: { ar: 'إدارة', en: 'Admin' } },
  { value: 'member', label: { ar: 'عضو', en: 'Member' } },
] as const)

export const MEMBER_STATUSES = choices([
  { value: 'applicant', label: { ar: 'طلب انتساب', en: 'Applicant' } },
  { value: 'active', label: { ar: 'فعّال', en: 'Active' } },
  { value: 'paused', label: { ar: 'متوقف مؤقتاً', en: 'Paused' } },
  { value: 'left', label: { ar: 'غادر', en: 'Left' } },
] as const)

export const SECTORS = choices([
  { value: 'health', label: { ar: 'الصحة', en: 'Health' } },
  { value: 'education', label: { ar: 'التعليم', en: 'Education' } },
  { value: 'it', label: { ar: 'تقانة المعلومات', en: 'IT' } },
  { value: 'engineering', label: { ar: 'الهندسة', en: 'Engineering' } },
  { value: 'media', label: { ar: 'الإعلام', en: 'Media' } },
  { value: 'law-administration', label: { ar: 'القانون والإدارة', en: 'Law and administration' } },
  { value: 'agriculture', label: { ar: 'الزراعة', en: 'Agriculture' } },
  { value: 'finance', label: { ar: 'المال', en: 'Finance' } },
  { value: 'culture', label: { ar: 'الثقافة', en: 'Culture' } },
  { value: 'other', label: { ar: 'أخرى', en: 'Other' } },
] as const)

export const CAMPAIGN_STATUSES = choices([
  { value: 'draft', label: { ar: 'مسودة', en: 'Draft' } },
  { value: 'fundraising', label: { ar: 'جمع التبرعات', en: 'Fundraising' } },
  { value: 'executing', label: { ar: 'قيد التنفيذ', en: 'Executing' } },
  { value: 'reporting', label: { ar: 'إعداد التقرير', en: 'Reporting' } },
  { value: 'closed', label: { ar: 'مغلقة', en: 'Closed' } },
] as const)

export const DONATION_METHODS = choices([
  { value: 'stripe', label: { ar: 'بطاقة (Stripe)', en: 'Card (Stripe)' } },
  { value: 'bank', label: { ar: 'تحويل مصرفي', en: 'Bank transfer' } },
  { value: 'cash', label: { ar: 'نقداً', en: 'Cash' } },
  { value: 'other', label: { ar: 'أخرى', en: 'Other' } },
] as const)

export const DONATION_STATUSES = choices([
  { value: 'pending', label: { ar: 'قيد الانتظار', en: 'Pending' } },
  { value: 'succeeded', label: { ar: 'ناجح', en: 'Succeeded' } },
  { value: 'refunded', label: { ar: 'مسترد', en: 'Refunded' } },
  { value: 'failed', label: { ar: 'فشل', en: 'Failed' } },
] as const)

/** How money reached the town: the channels the fellowship has used. */
export const TRANSFER_CHANNELS = choices([
  { value: 'exchange-office', label: { ar: 'مكتب صرافة', en: 'Exchange office' } },
  { value: 'intermediary', label: { ar: 'وسيط موثوق', en: 'Trusted intermediary' } },
  { value: 'bank', label: { ar: 'تحويل مصرفي', en: 'Bank transfer' } },
  { value: 'hand-carried', label: { ar: 'باليد مع مسافر', en: 'Carried by a traveller' } },
  { value: 'other', label: { ar: 'أخرى', en: 'Other' } },
] as const)

export const EXPENSE_STATUSES = choices([
  { value: 'submitted', label: { ar: 'مقدّم', en: 'Submitted' } },
  { value: 'approved', label: { ar: 'موافق عليه', en: 'Approved' } },
  { value: 'rejected', label: { ar: 'مرفوض', en: 'Rejected' } },
] as const)

export const PROPOSAL_STATUSES = choices([
  { value: 'draft', label: { ar: 'مسودة', en: 'Draft' } },
  { value: 'submitted', label: { ar: 'مقدّم', en: 'Submitted' } },
  { value: 'in-discussion', label: { ar: 'قيد النقاش مع الإدارة', en: 'In discussion' } },
  { value: 'voting', label: { ar: 'في التصويت', en: 'Voting' } },
  { value: 'selected', label: { ar: 'مختار', en: 'Selected' } },
  { value: 'not-selected', label: { ar: 'غير مختار', en: 'Not selected' } },
  { value: 'withdrawn', label: { ar: 'مسحوب', en: 'Withdrawn' } },
] as const)

export const VOTE_CHOICES = choices([
  { value: 'yes', label: { ar: 'نعم', en: 'Yes' } },
  { value: 'no', label: { ar: 'لا', en: 'No' } },
  { value: 'abstain', label: { ar: 'امتناع', en: 'Abstain' } },
] as const)

/** How the management took a vote it records on a member's behalf. */
export const VOTE_RECORDED_HOW = choices([
  { value: 'phone', label: { ar: 'بالهاتف', en: 'By phone' } },
  {
    value: 'meeting',
    label: {
      ar: 'برفع اليد في لقاء الأحد الكبير',
      en: 'By show of hands in the Big Sunday Meeting',
    },
  },
] as const)

export const COMMITTEE_KINDS = choices([
  { value: 'flying', label: { ar: 'لجنة طيارة', en: 'Flying committee' } },
  { value: 'brainstorm', label: { ar: 'مجموعة عصف ذهني', en: 'Brainstorm group' } },
] as const)

export const COMMITTEE_STATUSES = choices([
  { value: 'forming', label: { ar: 'قيد التشكيل', en: 'Forming' } },
  { value: 'active', label: { ar: 'فعّالة', en: 'Active' } },
  { value: 'completed', label: { ar: 'منتهية', en: 'Completed' } },
] as const)

export const MEETING_KINDS = choices([
  { value: 'big-sunday', label: { ar: 'لقاء الأحد الكبير', en: 'Big Sunday Meeting' } },
  { value: 'prep', label: { ar: 'اجتماع التحضير', en: 'Prep meeting' } },
  { value: 'finishing', label: { ar: 'اجتماع التشطيب', en: 'Finishing meeting' } },
  { value: 'salon', label: { ar: 'صالون مهني', en: 'Professional salon' } },
  { value: 'open', label: { ar: 'لقاء مفتوح', en: 'Open meeting' } },
  { value: 'chat', label: { ar: 'لقاء دردشة', en: 'Chat salon' } },
  { value: 'brainstorm', label: { ar: 'عصف ذهني', en: 'Brainstorm' } },
] as const)

export const MEETING_STATUSES = choices([
  { value: 'planned', label: { ar: 'مخطط', en: 'Planned' } },
  { value: 'held', label: { ar: 'انعقد', en: 'Held' } },
  { value: 'cancelled', label: { ar: 'ملغى', en: 'Cancelled' } },
] as const)

export const MEETING_VISIBILITIES = choices([
  { value: 'public', label: { ar: 'عام', en: 'Public' } },
  { value: 'members', label: { ar: 'للأعضاء', en: 'Members only' } },
] as const)

/** The Big Sunday Meeting's segments, in the order of the brief. */
export const SEGMENT_KINDS = choices([
  { value: 'introductions', label: { ar: 'التعارف', en: 'Introductions' } },
  { value: 'next-campaign', label: { ar: 'حملة الشهر القادم', en: 'Next campaign' } },
  { value: 'last-campaign', label: { ar: 'حصيلة الحملة السابقة', en: 'Last campaign' } },
  { value: 'guest', label: { ar: 'ضيف الشهر', en: 'Guest of the month' } },
  { value: 'brainstorm', label: { ar: 'مداخلة العصف الذهني', en: 'Brainstorm group' } },
  { value: 'closing', label: { ar: 'الختام وبرنامج الشهر المقبل', en: 'Closing' } },
] as const)

export const PARTNER_KINDS = choices([
  { value: 'official', label: { ar: 'جهة رسمية', en: 'Official' } },
  { value: 'expert', label: { ar: 'خبير', en: 'Expert' } },
  { value: 'community', label: { ar: 'مجتمع أهلي', en: 'Community' } },
  { value: 'organisation', label: { ar: 'منظمة', en: 'Organisation' } },
] as const)

export const DIGEST_STATUSES = choices([
  { value: 'pending', label: { ar: 'قيد الانتظار', en: 'Pending' } },
  { value: 'sending', label: { ar: 'قيد الإرسال', en: 'Sending' } },
  { value: 'done', label: { ar: 'أُرسل', en: 'Done' } },
] as const)

/** The management's duties before a Big Sunday Meeting (DOMAIN.md), ticked off in the admin. */
export const MEETING_DUTIES = choices([
  { value: 'presenter-chosen', label: { ar: 'اختيار المقدّم', en: 'Presenter chosen' } },
  {
    value: 'guest-confirmed',
    label: { ar: 'تأكيد الضيف والمحاور', en: 'Guest and interviewer confirmed' },
  },
  { value: 'questions-prepared', label: { ar: 'تحضير الأسئلة', en: 'Questions prepared' } },
  {
    value: 'intro-members-contacted',
    label: { ar: 'التواصل مع عضوي التعريف', en: 'Introduction members contacted' },
  },
  {
    value: 'campaign-leads-coordinated',
    label: { ar: 'التنسيق مع مسؤولي الحملات', en: 'Campaign leads coordinated' },
  },
] as const)

/** What the platform emails, each kind sent at most once per recipient and occasion. */
export const MAIL_KINDS = choices([
  { value: 'digest', label: { ar: 'موجز اللقاء', en: 'Meeting digest' } },
  { value: 'vote-reminder', label: { ar: 'تذكير بالتصويت', en: 'Vote reminder' } },
  { value: 'committee-formed', label: { ar: 'تشكيل لجنة', en: 'Committee formed' } },
  { value: 'committee-ending', label: { ar: 'قرب انتهاء لجنة', en: 'Committee ending' } },
  {
    value: 'help-offer',
    label: { ar: 'عرض مساعدة إلى المسؤول', en: 'Offer of help, to the lead' },
  },
  {
    value: 'application',
    label: { ar: 'طلب انتساب إلى الإدارة', en: 'Application, to the admins' },
  },
  {
    value: 'application-received',
    label: { ar: 'استلام الطلب، إلى صاحبه', en: 'Application received, to the applicant' },
  },
  { value: 'welcome', label: { ar: 'ترحيب بعضو جديد', en: 'Welcome, to a new member' } },
  { value: 'round-result', label: { ar: 'نتيجة جولة تصويت', en: 'Voting round result' } },
  {
    value: 'vote-recorded',
    label: { ar: 'صوت سجّلته الإدارة، إلى صاحبه', en: 'A vote recorded for a member, to them' },
  },
] as const)

/** Where a voting round stands: open until its close, then what the close decided. */
export const ROUND_STATUSES = choices([
  { value: 'open', label: { ar: 'مفتوحة', en: 'Open' } },
  { value: 'extended', label: { ar: 'ممدّدة لاكتمال النصاب', en: 'Extended for its quorum' } },
  { value: 'tied', label: { ar: 'تعادل: تقرر الإدارة', en: 'Tied: the management decides' } },
  { value: 'decided', label: { ar: 'محسومة', en: 'Decided' } },
  { value: 'no-quorum', label: { ar: 'لم يكتمل النصاب', en: 'Quorum missed' } },
  { value: 'no-majority', label: { ar: 'لم ينل أي مقترح الأغلبية', en: 'No majority' } },
] as const)

export const DELIVERY_STATUSES = choices([
  { value: 'pending', label: { ar: 'بالانتظار', en: 'Pending' } },
  { value: 'sending', label: { ar: 'قيد الإرسال', en: 'Sending' } },
  { value: 'sent', label: { ar: 'أُرسل', en: 'Sent' } },
  { value: 'failed', label: { ar: 'فشل نهائياً', en: 'Failed for good' } },
  {
    value: 'cancelled',
    label: { ar: 'أُلغي (لم يعد العضو يريده)', en: 'Cancelled (no longer wanted)' },
  },
] as const)

type ValueOf<L extends readonly Choice<string>[]> = L[number]['value']
export type MemberRole = ValueOf<typeof MEMBER_ROLES>
export type MemberStatus = ValueOf<typeof MEMBER_STATUSES>
export type Sector = ValueOf<typeof SECTORS>
export type CampaignStatus = ValueOf<typeof CAMPAIGN_STATUSES>
export type ProposalStatus = ValueOf<typeof PROPOSAL_STATUSES>
export type RoundStatus = ValueOf<typeof ROUND_STATUSES>
export type VoteChoice = ValueOf<typeof VOTE_CHOICES>
export type VoteRecordedHow = ValueOf<typeof VOTE_RECORDED_HOW>
export type CommitteeKind = ValueOf<typeof COMMITTEE_KINDS>
export type CommitteeStatus = ValueOf<typeof COMMITTEE_STATUSES>
export type DonationMethod = ValueOf<typeof DONATION_METHODS>
export type DonationStatus = ValueOf<typeof DONATION_STATUSES>
export type MeetingKind = ValueOf<typeof MEETING_KINDS>
export type MeetingStatus = ValueOf<typeof MEETING_STATUSES>
export type SegmentKind = ValueOf<typeof SEGMENT_KINDS>
export type MeetingDuty = ValueOf<typeof MEETING_DUTIES>
export type MailKind = ValueOf<typeof MAIL_KINDS>
export type DeliveryStatus = ValueOf<typeof DELIVERY_STATUSES>

/** The currencies donors give in; EUR is the fellowship's default. */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'SEK', 'CHF', 'CAD', 'TRY'] as const
export type Currency = (typeof CURRENCIES)[number]
export const DEFAULT_CURRENCY: Currency = 'EUR'

/** What the town receives money in: the Syrian pound, or a currency donors give in. */
export const TOWN_CURRENCIES = ['SYP', ...CURRENCIES] as const
export type TownCurrency = (typeof TOWN_CURRENCIES)[number]
export const isTownCurrency = (value: unknown): value is TownCurrency =>
  typeof value === 'string' && (TOWN_CURRENCIES as readonly string[]).includes(value)
