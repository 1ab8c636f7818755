import type { Sector } from '@fazaa/shared/domain/vocabulary'

export interface DemoCampaign {
  title: { ar: string; en: string }
  summary: { ar: string; en: string }
  goal: number
  sectors: Sector[]
  /** Each line as the lead wrote it in Arabic, and its English for the English pages. */
  expenses: { description: { ar: string; en: string }; share: number }[]
}

/** The fire room campaign of the first source (July), with its partners and report. */
export const FIRE_ROOM: DemoCampaign = {
  title: {
    ar: 'تجهيز غرفة الحرائق في المشهد العالي',
    en: 'Equipment for the fire room in al-Mashhad al-Aali',
  },
  summary: {
    ar: 'حوالي ٢٣٠٠ يورو لحماية جبال مصياف: تجهيزات لغرفة الحرائق ووقعة أهلية لتكريم الشباب المتطوعين في إطفاء الحرائق.',
    en: "About 2,300 EUR to protect Masyaf's mountains: equipment for the fire room and a community gathering honouring the young volunteer firefighters.",
  },
  goal: 230000,
  sectors: ['agriculture', 'other'],
  expenses: [
    {
      description: {
        ar: 'خراطيم إطفاء وفوّهات ومضخات ظهرية',
        en: 'Fire hoses, nozzles and backpack pumps',
      },
      share: 0.55,
    },
    {
      description: {
        ar: 'ألبسة واقية وخوذ لـ١٢ متطوعاً',
        en: 'Protective clothing and helmets for 12 volunteers',
      },
      share: 0.3,
    },
    {
      description: {
        ar: 'وقعة أهلية لتكريم المتطوعين',
        en: 'Community gathering honouring the volunteers',
      },
      share: 0.12,
    },
  ],
}

/** A year of small projects, in the spirit of the 2025 campaigns (relief, education, health...). */
export const PAST_CAMPAIGNS: DemoCampaign[] = [
  {
    title: { ar: 'حقائب مدرسية لأطفال الريف', en: 'School bags for children in the countryside' },
    summary: {
      ar: 'مئة وعشرون حقيبة مدرسية كاملة لأطفال القرى.',
      en: '120 complete school bags for village children.',
    },
    goal: 180000,
    sectors: ['education'],
    expenses: [
      {
        description: {
          ar: 'حقائب مدرسية وقرطاسية (١٢٠ طقماً)',
          en: 'School bags and stationery (120 sets)',
        },
        share: 0.85,
      },
      { description: { ar: 'النقل إلى أربع قرى', en: 'Transport to four villages' }, share: 0.08 },
    ],
  },
  {
    title: { ar: 'أدوية مزمنة لكبار السن', en: 'Chronic medication for elderly people' },
    summary: {
      ar: 'ثلاثة أشهر من أدوية الضغط والسكري لأربعين مسناً.',
      en: 'Three months of blood pressure and diabetes medication for forty elderly people.',
    },
    goal: 250000,
    sectors: ['health'],
    expenses: [
      {
        description: {
          ar: 'أدوية من صيدلية البلدة لثلاثة أشهر',
          en: 'Medication from the town pharmacy, three months',
        },
        share: 0.95,
      },
    ],
  },
  {
    title: { ar: 'مكتبة مدرسة البيضا', en: 'A library for the al-Bayda school' },
    summary: {
      ar: 'رفوف وثلاثمئة كتاب لمدرسة ابتدائية.',
      en: 'Shelves and three hundred books for a primary school.',
    },
    goal: 150000,
    sectors: ['education', 'culture'],
    expenses: [
      {
        description: { ar: 'رفوف صنعها نجّار من البلدة', en: 'Shelves made by a local carpenter' },
        share: 0.35,
      },
      { description: { ar: '٣٠٠ كتاب للأطفال', en: '300 children’s books' }, share: 0.55 },
    ],
  },
  {
    title: { ar: 'ورشة تصوير لليافعين', en: 'A photography workshop for teenagers' },
    summary: {
      ar: 'ورشة من ستة أسابيع لعشرين يافعاً ويافعة مع معرض ختامي.',
      en: 'A six-week workshop for twenty teenagers, ending with an exhibition.',
    },
    goal: 120000,
    sectors: ['media', 'culture'],
    expenses: [
      {
        description: { ar: 'أجور المدرّبين لستة أسابيع', en: 'Trainer fees, six weeks' },
        share: 0.5,
      },
      { description: { ar: 'طباعة للمعرض', en: 'Printing for the exhibition' }, share: 0.35 },
    ],
  },
  {
    title: { ar: 'ألواح شمسية لمستوصف القرية', en: 'Solar panels for the village clinic' },
    summary: {
      ar: 'كهرباء دائمة لبراد اللقاحات في المستوصف.',
      en: 'Constant power for the clinic’s vaccine fridge.',
    },
    goal: 320000,
    sectors: ['health', 'engineering'],
    expenses: [
      {
        description: {
          ar: 'أربعة ألواح شمسية ومحوّل وبطارية',
          en: 'Four solar panels, inverter and battery',
        },
        share: 0.8,
      },
      {
        description: {
          ar: 'التركيب على يد كهربائي من البلدة',
          en: 'Installation by a local electrician',
        },
        share: 0.15,
      },
    ],
  },
  {
    title: { ar: 'سلال غذائية في الشتاء', en: 'Winter food baskets' },
    summary: {
      ar: 'ستون سلة غذائية للأسر الأكثر حاجة.',
      en: 'Sixty food baskets for the families most in need.',
    },
    goal: 200000,
    sectors: ['other'],
    expenses: [
      {
        description: {
          ar: 'ستون سلة غذائية من محلات البلدة',
          en: 'Sixty food baskets from local shops',
        },
        share: 0.97,
      },
    ],
  },
  {
    title: { ar: 'دروس تقوية لطلاب الشهادة', en: 'Tutoring for exam-year students' },
    summary: {
      ar: 'دروس رياضيات وفيزياء لثلاثين طالباً قبل الامتحانات.',
      en: 'Maths and physics tutoring for thirty students before their exams.',
    },
    goal: 160000,
    sectors: ['education'],
    expenses: [
      { description: { ar: 'مدرّسو دعم لثمانية أسابيع', en: 'Tutors, eight weeks' }, share: 0.9 },
    ],
  },
  {
    title: { ar: 'غرسات زيتون لأراضي الحريق', en: 'Olive saplings for burnt land' },
    summary: {
      ar: 'ألف غرسة زيتون للأراضي التي أصابتها الحرائق.',
      en: 'A thousand olive saplings for land hit by the fires.',
    },
    goal: 210000,
    sectors: ['agriculture'],
    expenses: [
      {
        description: {
          ar: 'ألف غرسة زيتون من المشتل',
          en: '1,000 olive saplings from the nursery',
        },
        share: 0.7,
      },
      {
        description: { ar: 'يوم زراعة مع المتطوعين', en: 'Planting day with volunteers' },
        share: 0.2,
      },
    ],
  },
  {
    title: { ar: 'كراسي متحركة ومعينات حركة', en: 'Wheelchairs and mobility aids' },
    summary: {
      ar: 'عشرة كراسي متحركة وعكازات لذوي الإعاقة.',
      en: 'Ten wheelchairs and crutches for people with disabilities.',
    },
    goal: 240000,
    sectors: ['health'],
    expenses: [
      {
        description: {
          ar: 'عشرة كراسٍ متحركة وعشرون زوجاً من العكازات',
          en: 'Ten wheelchairs and twenty pairs of crutches',
        },
        share: 0.92,
      },
    ],
  },
  {
    title: { ar: 'مهرجان حكايات الأطفال', en: 'A children’s storytelling festival' },
    summary: {
      ar: 'يومان من الحكايات والمسرح لأطفال المدينة.',
      en: 'Two days of stories and theatre for the town’s children.',
    },
    goal: 110000,
    sectors: ['culture', 'education'],
    expenses: [
      {
        description: { ar: 'حكواتيون ومسرح دمى', en: 'Storytellers and puppet theatre' },
        share: 0.6,
      },
      { description: { ar: 'المكان والضيافة', en: 'Venue and refreshments' }, share: 0.3 },
    ],
  },
  {
    title: { ar: 'إصلاح مضخة مياه عين حلاقيم', en: 'Repairing the Ain Halaqim water pump' },
    summary: {
      ar: 'مياه الشرب لثلاثمئة بيت بعد إصلاح المضخة.',
      en: 'Drinking water for three hundred homes once the pump is repaired.',
    },
    goal: 190000,
    sectors: ['engineering'],
    expenses: [
      {
        description: {
          ar: 'إعادة لفّ محرّك المضخة وقطع غيار',
          en: 'Pump motor rewinding and spare parts',
        },
        share: 0.75,
      },
      {
        description: { ar: 'عمل الفنّي لثلاثة أيام', en: 'Technician’s work, three days' },
        share: 0.18,
      },
    ],
  },
]

/** The current campaign, fundraising now. */
export const CURRENT_CAMPAIGN: DemoCampaign = {
  title: { ar: 'تدفئة مدرسة المشهد في الشتاء', en: 'Winter heating for the al-Mashhad school' },
  summary: {
    ar: 'مازوت ومدفأتان لصفوف مدرسة المشهد طوال أشهر الشتاء الثلاثة.',
    en: 'Fuel and two heaters for the al-Mashhad school’s classrooms through the three winter months.',
  },
  goal: 300000,
  sectors: ['education'],
  expenses: [],
}

/** Ideas for next month's project, put to the members' vote. */
export const OPEN_PROPOSALS = [
  {
    title: { ar: 'حاويات نفايات لساحة مصياف', en: 'Rubbish bins for the Masyaf square' },
    summary: {
      ar: 'عشرون حاوية متينة ويوم تنظيف مع الكشّافة.',
      en: 'Twenty sturdy bins and a clean-up day with the scouts.',
    },
    budget: 140000,
    weeks: 4,
    sectors: ['other'] as Sector[],
  },
  {
    title: { ar: 'إنارة شمسية لطريق المدرسة', en: 'Solar lights on the school road' },
    summary: {
      ar: 'ثمانية أعمدة إنارة شمسية على الطريق الذي يمشيه الأطفال في صباحات الشتاء المظلمة.',
      en: 'Eight solar street lights on the road children walk in the dark winter mornings.',
    },
    budget: 260000,
    weeks: 6,
    sectors: ['engineering'] as Sector[],
  },
  {
    title: { ar: 'دورة إسعافات أولية للشباب', en: 'First aid course for young people' },
    summary: {
      ar: 'دورة إسعافات أولية معتمدة لثلاثين متطوعاً شاباً، مع حقائب إسعاف يحتفظون بها.',
      en: 'A certified first aid course for thirty young volunteers, with kits to keep.',
    },
    budget: 120000,
    weeks: 3,
    sectors: ['health', 'education'] as Sector[],
  },
]
