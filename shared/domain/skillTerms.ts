import { searchable } from '../text/searchable'

/**
 * The same skill said in English and in Arabic. Skills are typed freely, most of the demo's in
 * English; a member searching «تمريض» should find who wrote "nursing", and "pharmacy" who wrote
 * «صيدلة». Each entry is one skill: its English words, then its Arabic ones; a skill someone typed
 * that contains any of them is also found by all the others. Kept to the trades of a small town's
 * projects (health, building, water and power, schooling, money, law, media, computing).
 */
const SKILL_TERMS: readonly (readonly [english: readonly string[], arabic: readonly string[]])[] = [
  [
    ['medicine', 'medical', 'doctor'],
    ['طب', 'طبيب'],
  ],
  [
    ['surgery', 'surgeon'],
    ['جراحة', 'جراح'],
  ],
  [
    ['nursing', 'nurse'],
    ['تمريض', 'ممرض'],
  ],
  [
    ['pharmacy', 'pharmacist'],
    ['صيدلة', 'صيدلي'],
  ],
  [['paediatrics', 'pediatrics'], ['طب الأطفال']],
  [['dentistry', 'dentist'], ['طب الأسنان']],
  [['first aid'], ['إسعافات أولية', 'إسعاف']],
  [['public health'], ['صحة عامة']],
  [
    ['psychosocial', 'psychology', 'mental health'],
    ['دعم نفسي', 'علم النفس', 'صحة نفسية'],
  ],
  [
    ['engineering', 'engineer'],
    ['هندسة', 'مهندس'],
  ],
  [['civil engineering'], ['هندسة مدنية']],
  [
    ['architecture', 'architect'],
    ['عمارة', 'معماري'],
  ],
  [
    ['construction', 'building'],
    ['بناء', 'إنشاءات'],
  ],
  [
    ['electrical', 'electricity', 'electrician'],
    ['كهرباء', 'كهربائي'],
  ],
  [['solar'], ['طاقة شمسية']],
  [
    ['water pumps', 'pumps'],
    ['مضخات المياه', 'مضخات'],
  ],
  [
    ['maintenance', 'repair'],
    ['صيانة', 'إصلاح'],
  ],
  [['irrigation'], ['ري']],
  [['agriculture', 'farming'], ['زراعة']],
  [['olive'], ['زيتون']],
  [['forestry'], ['حراجة', 'غابات']],
  [
    ['environment', 'environmental'],
    ['بيئة', 'بيئي'],
  ],
  [
    ['teaching', 'teacher', 'education'],
    ['تعليم', 'تدريس', 'معلم'],
  ],
  [['training'], ['تدريب']],
  [['curriculum'], ['مناهج']],
  [['early childhood'], ['الطفولة المبكرة']],
  [['e-learning'], ['تعليم إلكتروني']],
  [
    ['accounting', 'accountant'],
    ['محاسبة', 'محاسب'],
  ],
  [['bookkeeping'], ['مسك الدفاتر']],
  [['audit'], ['تدقيق']],
  [['banking'], ['مصارف', 'بنوك']],
  [['finance', 'financial'], ['مالية']],
  [['small business'], ['مشاريع صغيرة']],
  [
    ['fundraising', 'grant writing'],
    ['جمع التبرعات', 'كتابة المنح'],
  ],
  [
    ['law', 'legal', 'lawyer'],
    ['قانون', 'محاماة', 'محامي'],
  ],
  [['human rights'], ['حقوق الإنسان']],
  [
    ['design', 'designer'],
    ['تصميم', 'مصمم'],
  ],
  [
    ['photography', 'photographer'],
    ['تصوير', 'مصور'],
  ],
  [['video'], ['فيديو']],
  [
    ['journalism', 'journalist'],
    ['صحافة', 'صحفي'],
  ],
  [['social media'], ['وسائل التواصل']],
  [
    ['translation', 'translator'],
    ['ترجمة', 'مترجم'],
  ],
  [
    ['programming', 'coding', 'software', 'web development'],
    ['برمجة', 'مبرمج'],
  ],
  [['databases', 'database'], ['قواعد البيانات']],
  [['networks', 'networking'], ['شبكات']],
  [['data analysis'], ['تحليل البيانات']],
  [['logistics'], ['لوجستيات', 'خدمات لوجستية']],
  [['project management'], ['إدارة المشاريع']],
  [['public administration'], ['إدارة عامة']],
  [['planning'], ['تخطيط']],
  [['fire safety'], ['السلامة من الحرائق', 'إطفاء']],
  [
    ['cooking', 'chef'],
    ['طبخ', 'طباخ'],
  ],
  [['theatre', 'theater'], ['مسرح']],
  [['storytelling'], ['رواية القصص', 'حكايات']],
]

/** Each entry's words as a search compares them. */
const ENTRIES = SKILL_TERMS.map(([english, arabic]) => [...english, ...arabic].map(searchable))

/**
 * Whether a searchable text holds a term as whole words, or an Arabic one with its article
 * («الري» holds «ري»), so «ري» is not found in «الريف» nor "law" in "lawn".
 */
const holds = (text: string, term: string): boolean => {
  const words = ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  return words.includes(` ${term} `) || words.includes(` ال${term} `)
}

/** The other words of every skill this typed skill names: what else it is found by. */
export const skillTranslations = (skill: string): string[] => {
  const text = searchable(skill)
  return ENTRIES.filter((terms) => terms.some((term) => holds(text, term))).flat()
}
