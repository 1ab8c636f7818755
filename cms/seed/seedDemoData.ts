import fs from 'node:fs'

import { TZDate } from '@date-fns/tz'
import { addDays, addMonths } from 'date-fns'
import type { Payload } from 'payload'

import { formatMonth } from '@fazaa/shared/i18n/locales'
import { monthInZone } from '@fazaa/shared/rules/meetingCalendar'
import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'
import { slugify } from '../fields/slug'
import { resetContent } from '../lib/resetContent'
import type { Guest, Member, Partner, Proposal } from '../payload-types'
import {
  CURRENT_CAMPAIGN,
  FIRE_ROOM,
  OPEN_PROPOSALS,
  PAST_CAMPAIGNS,
  type DemoCampaign,
} from './demoCampaigns'
import { uploadDemoCover } from './demoCover'
import { uploadDemoReceipt } from './demoReceipt'
import { DEMO_PEOPLE } from './demoPeople'
import { richText } from '../lib/plainRichText'
import * as clock from '@fazaa/shared/clock'

/** Everyone in the demo signs in with this password; it is printed with the logins. */
export const DEMO_PASSWORD = 'fazaa-demo-2026'

export interface DemoLogin {
  email: string
  role: string
}

/** A small deterministic random source, so every seed gives the same demo. */
const randomFrom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const DONOR_NAMES = [
  'أبو سامر',
  'Rima & Fadi',
  'عائلة الحكيم',
  'A friend in Lyon',
  'أم جود',
  'Nabil K.',
]

/** The first Sunday of a month at 18:00 in the town's time zone. */
const firstSundayOf = (year: number, monthIndex: number): Date => {
  for (let day = 1; ; day++) {
    const date = new TZDate(year, monthIndex, day, 18, 0, DEFAULT_TIME_ZONE)
    if (date.getDay() === 0) return new Date(date.getTime())
  }
}

/**
 * Replaces everything with the demo fellowship: about forty members abroad, a year of
 * campaigns with their money in and out, a vote under way, committees, guests and meetings.
 * Every document goes through the same hooks as the admin panel, so the demo obeys every rule.
 * Everything is placed around the fellowship's clock (shared/clock), the one the hooks judge by:
 * to seed another date, set the clock.
 */
export const seedDemoData = async (payload: Payload): Promise<DemoLogin[]> => {
  const now = clock.now()
  const random = randomFrom(2300)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const days = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString()
  await resetContent(payload)
  // The demo's uploads go with its rows, or every reseed would leave another set of covers.
  const uploads = payload.collections.media.config.upload.staticDir
  if (uploads) fs.rmSync(uploads, { recursive: true, force: true })

  // --- How we work (the about page), from the first source ------------------------------------
  const principles = [
    {
      ar: [
        'أخوية لا منظمة',
        'نلتقي لأننا من المدينة نفسها، لا لأن هيكلاً يجمعنا. لا رئيس ولا أعضاء دائمون في أي لجنة.',
      ],
      en: [
        'A fellowship, not an organisation',
        'We meet because we come from the same town, not because a structure binds us. No chair, no permanent seats.',
      ],
    },
    {
      ar: [
        'المبادرة أولاً',
        'يقترح الأعضاء المشاريع، وتساعد الإدارة على جعلها ملموسة، ثم نصوّت معاً.',
      ],
      en: [
        'Initiative first',
        'Members propose the projects, the management helps make them concrete, then we all vote.',
      ],
    },
    {
      ar: [
        'لجان طيارة',
        'لا تزيد اللجنة عن خمسة أشخاص ولا يتجاوز عملها شهرين، ثم تنحل وتعرض تقريرها في لقاء مفتوح. نحذّر من اللجان الدائمة.',
      ],
      en: [
        'Flying committees',
        'At most five people for at most two months; then the committee dissolves and reports in an open meeting. We warn against permanent committees.',
      ],
    },
    {
      ar: [
        'مشاريع صغيرة، شفافية كاملة',
        'حملة واحدة كل شهر لمشروع صغير بميزانية متواضعة، وكل يورو داخل أو خارج منشور مع إيصاله.',
      ],
      en: [
        'Small projects, full transparency',
        'One campaign a month for one small project on a modest budget, and every euro in or out published with its receipt.',
      ],
    },
  ]
  // How to give: suggested amounts, and the account shown beside (or instead of) card giving.
  await payload.updateGlobal({
    slug: 'giving',
    locale: 'ar',
    data: {
      suggestedAmounts: [10, 25, 50, 100],
      bank: {
        accountHolder: 'Fazaa Masyaf e.V.',
        bankName: 'Demo Bank Berlin',
        iban: 'DE00 1234 5678 9000 0000 00',
        bic: 'DEMODEBBXXX',
        referenceHint: `تبرع + شهر الحملة، مثل: تبرع ${monthInZone(now, DEFAULT_TIME_ZONE)}`,
      },
      otherWays: 'يمكن تسليم التبرعات النقدية لأعضاء الإدارة في لقاء الأحد الكبير مقابل إيصال.',
    },
  })
  await payload.updateGlobal({
    slug: 'giving',
    locale: 'en',
    data: {
      bank: {
        referenceHint: `Donation + campaign month, e.g. Donation ${monthInZone(now, DEFAULT_TIME_ZONE)}`,
      },
      otherWays:
        'Cash gifts can be handed to the management at the Big Sunday Meeting, against a receipt.',
    },
  })
  const aboutAr = await payload.updateGlobal({
    slug: 'about',
    locale: 'ar',
    data: {
      title: 'من نحن وكيف نعمل',
      intro: 'فسحة للتواصل ومختبر للعمل الجماعي لبنات وأبناء مصياف في المهجر.',
      principles: principles.map((p) => ({ title: p.ar[0]!, text: p.ar[1] })),
    },
  })
  await payload.updateGlobal({
    slug: 'about',
    locale: 'en',
    data: {
      title: 'About us and how we work',
      intro:
        'A space to stay in touch and a workshop for working together, for the people of Masyaf abroad.',
      principles: (aboutAr.principles ?? []).map((row, i) => ({
        ...row,
        title: principles[i]!.en[0]!,
        text: principles[i]!.en[1],
      })),
    },
  })

  // --- Members -------------------------------------------------------------------------------
  const createMember = async (person: (typeof DEMO_PEOPLE)[number], index: number) => {
    const email = `${slugify(person.name.en).replace(/^al-/, '')}@fazaa.example`
    const status =
      index === 38 ? 'applicant' : index === 39 ? 'applicant' : index === 37 ? 'paused' : 'active'
    const member = await payload.create({
      collection: 'members',
      depth: 0,
      locale: 'ar',
      data: {
        email,
        password: DEMO_PASSWORD,
        name: person.name.ar,
        bio: person.bio?.ar,
        role: index === 0 || index === 12 ? 'admin' : 'member',
        status,
        country: person.country,
        city: person.city,
        homeArea: person.homeArea,
        phone: `+${40 + index} 555 01${String(index).padStart(2, '0')}`,
        sectors: person.sectors,
        skills: person.skills,
        languages: person.languages,
        locale: person.locale,
        timeZone: person.timeZone,
        joinedAt: days(-1100 + index * 23),
        digestOptIn: index % 9 !== 4,
        privacy: { showInDirectory: index % 5 !== 3, showContactToMembers: index % 3 === 0 },
      },
    })
    await payload.update({
      collection: 'members',
      depth: 0,
      id: member.id,
      locale: 'en',
      data: { name: person.name.en, bio: person.bio?.en },
    })
    return member
  }
  // Four at a time: each password costs Payload's 600,000 PBKDF2 rounds (a third of a second of
  // a core), which run off the main thread. The list keeps the people's order; nothing below
  // depends on the order of the database ids.
  const members: Member[] = []
  for (let start = 0; start < DEMO_PEOPLE.length; start += 4) {
    const group = DEMO_PEOPLE.slice(start, start + 4)
    members.push(...(await Promise.all(group.map((person, i) => createMember(person, start + i)))))
  }
  const active = members.filter((m) => m.status === 'active')
  const [admin, treasurer] = [members[0]!, members[12]!]

  // --- Partners and guests -------------------------------------------------------------------
  const partnerData = [
    {
      ar: 'عبد الهادي الحكيم، مسؤول الحراج في مصياف',
      en: 'Abdulhadi al-Hakim, Masyaf forestry official',
      kind: 'official' as const,
    },
    {
      ar: 'د. م. علي سمعول، مهندس زراعي',
      en: 'Dr Ali Samaoul, agricultural engineer',
      kind: 'expert' as const,
    },
    {
      ar: 'إبراهيم إسبر، المجلس الإسماعيلي',
      en: 'Ibrahim Isber, Ismaili Council',
      kind: 'community' as const,
    },
    {
      ar: 'محمد الشيخ حسن، بلدية مصياف',
      en: 'Mohammad al-Sheikh Hassan, Masyaf municipality',
      kind: 'official' as const,
    },
  ]
  const partners: Partner[] = []
  for (const partner of partnerData) {
    const created = await payload.create({
      collection: 'partners',
      depth: 0,
      locale: 'ar',
      data: { name: partner.ar, kind: partner.kind, area: 'مصياف', contact: 'via the management' },
    })
    await payload.update({
      collection: 'partners',
      depth: 0,
      id: created.id,
      locale: 'en',
      data: { name: partner.en, area: 'Masyaf' },
    })
    partners.push(created)
  }
  const guestData = [
    {
      name: { ar: 'عبد الهادي الحكيم', en: 'Abdulhadi al-Hakim' },
      role: { ar: 'مسؤول الحراج في مصياف', en: 'Forestry official, Masyaf' },
      bio: {
        ar: 'يحدثنا عن موسم الحرائق وجهود الشباب.',
        en: 'On the fire season and the young volunteers.',
      },
    },
    {
      name: { ar: 'سمر نصر', en: 'Samar Nasr' },
      role: { ar: 'مديرة مدرسة المشهد', en: 'Head teacher, al-Mashhad school' },
      bio: { ar: 'عن التعليم في الشتاء.', en: 'On teaching through the winter.' },
    },
    {
      name: { ar: 'نبيل عيسى', en: 'Nabil Issa' },
      role: { ar: 'صيدلاني في المدينة', en: 'Town pharmacist' },
      bio: { ar: 'عن الدواء والأسعار.', en: 'On medicines and prices.' },
    },
  ]
  const guests: Guest[] = []
  for (const guest of guestData) {
    const created = await payload.create({
      collection: 'guests',
      depth: 0,
      locale: 'ar',
      data: {
        name: guest.name.ar,
        role: guest.role.ar,
        bio: guest.bio.ar,
        contact: { phone: '+963 33 000 000' },
      },
    })
    await payload.update({
      collection: 'guests',
      depth: 0,
      id: created.id,
      locale: 'en',
      data: { name: guest.name.en, role: guest.role.en, bio: guest.bio.en },
    })
    guests.push(created)
  }

  // --- A year of campaigns, each with its flying committee, donations and expenses -----------
  // The month as the town counts it: on the 1st just after midnight there, it is already the
  // new month, whatever the clock of the machine that runs this says.
  const town = new TZDate(now, DEFAULT_TIME_ZONE)
  const startOfMonth = new TZDate(town.getFullYear(), town.getMonth(), 1, 12, 0, DEFAULT_TIME_ZONE)
  const currentMonth = monthInZone(now, DEFAULT_TIME_ZONE)
  const pastMonths = Array.from({ length: 12 }, (_, i) => addMonths(startOfMonth, i - 12))
  let pastIndex = 0
  let previousCampaignId: number | undefined
  let receiptCount = 0
  for (const monthStart of pastMonths) {
    const month = monthInZone(monthStart, DEFAULT_TIME_ZONE)
    const isJuly = month.endsWith('-07')
    const demo: DemoCampaign = isJuly
      ? FIRE_ROOM
      : PAST_CAMPAIGNS[pastIndex++ % PAST_CAMPAIGNS.length]!
    const isLast = monthStart === pastMonths[pastMonths.length - 1]
    const team = Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(active).id)
    const committee = await payload.create({
      collection: 'committees',
      depth: 0,
      locale: 'ar',
      data: {
        name: `لجنة ${demo.title.ar}`,
        kind: 'flying',
        status: 'forming',
        lead: team[0],
        members: [...new Set(team)],
        startDate: monthStart.toISOString(),
        endDate: addMonths(monthStart, 1).toISOString(),
      },
    })
    await payload.update({
      collection: 'committees',
      depth: 0,
      id: committee.id,
      locale: 'en',
      data: { name: `Committee: ${demo.title.en}` },
    })
    // Completed once named in both languages: its report-back meeting is titled in both.
    await payload.update({
      collection: 'committees',
      depth: 0,
      id: committee.id,
      data: { status: 'completed' },
    })
    const campaign = await payload.create({
      collection: 'campaigns',
      depth: 0,
      locale: 'ar',
      data: {
        title: demo.title.ar,
        slug: `${month}-${slugify(demo.title.en)}`.slice(0, 80),
        month,
        status: isLast ? 'reporting' : 'closed',
        summary: demo.summary.ar,
        body: richText(
          demo.summary.ar,
          'نفذت المشروع لجنة طيارة من أعضاء الأخوية بالتعاون مع شركاء محليين.',
        ),
        goal: { amount: demo.goal, currency: 'EUR' },
        cover: await uploadDemoCover(payload, demo, pastMonths.indexOf(monthStart)),
        lead: team[0],
        committee: committee.id,
        partners: isJuly ? partners.map((p) => p.id) : [pick(partners).id],
        report: isLast ? undefined : richText('جُمع المبلغ وصُرف كما في الجدول، مع الإيصالات.'),
      },
    })
    await payload.update({
      collection: 'campaigns',
      depth: 0,
      id: campaign.id,
      locale: 'en',
      data: {
        title: demo.title.en,
        summary: demo.summary.en,
        body: richText(
          demo.summary.en,
          'A flying committee of members carried it out with local partners.',
        ),
        report: isLast
          ? undefined
          : richText('The money was raised and spent as shown below, with receipts.'),
      },
    })
    let raised = 0
    while (raised < demo.goal * (0.9 + random() * 0.25)) {
      const amount = pick([2000, 2500, 5000, 5000, 10000, 10000, 15000, 20000, 25000, 50000])
      const named = random() < 0.3
      await payload.create({
        collection: 'donations',
        depth: 0,
        data: {
          campaign: campaign.id,
          amount,
          currency: 'EUR',
          method: pick(['stripe', 'stripe', 'bank', 'cash'] as const),
          status: 'succeeded',
          anonymous: !named,
          donorName: named ? pick(DONOR_NAMES) : undefined,
          donorMember: random() < 0.5 ? pick(active).id : undefined,
          receivedAt: new Date(monthStart.getTime() + random() * 20 * 86_400_000).toISOString(),
        },
      })
      raised += amount
    }
    // The money went to the town through an exchange office in one transfer, fees on top.
    const toSpend = demo.expenses.reduce(
      (total, expense) => total + Math.round((raised * expense.share) / 100) * 100,
      0,
    )
    // Derived from the month, not drawn: the demo's random sequence (who serves, who leads) stays
    // what the tests and screenshots expect.
    const nth = pastMonths.indexOf(monthStart)
    const rate = 14000 + ((nth * 373) % 1500)
    await payload.create({
      collection: 'transfers',
      depth: 0,
      locale: 'en',
      data: {
        campaign: campaign.id,
        channel: nth % 3 === 2 ? 'intermediary' : 'exchange-office',
        channelName: ['Al-Amana exchange', 'Al-Noor exchange', 'A trusted relative'][nth % 3],
        sentOn: addDays(monthStart, 24).toISOString(),
        amountSent: toSpend,
        fees: Math.round(toSpend * 0.02),
        currency: 'EUR',
        exchangeRate: rate,
        amountReceived: Math.round((toSpend / 100) * rate) * 100,
        receivedCurrency: 'SYP',
        receivedOn: addDays(monthStart, 26).toISOString(),
        confirmedBy: 'The committee lead, in town',
      },
    })
    for (const expense of demo.expenses) {
      const amount = Math.round((raised * expense.share) / 100) * 100
      const paidAt = addMonths(monthStart, 1)
      const { id: expenseId } = await payload.create({
        collection: 'expenses',
        depth: 0,
        locale: 'ar',
        data: {
          campaign: campaign.id,
          amount,
          currency: 'EUR',
          description: expense.description.ar,
          paidAt: paidAt.toISOString(),
          status: 'approved',
          submittedBy: admin.id,
          approvedBy: treasurer.id,
          receipt: await uploadDemoReceipt(payload, {
            description: expense.description.en,
            amount: `${(amount / 100).toFixed(2)} EUR`,
            date: paidAt.toISOString().slice(0, 10),
            index: receiptCount++,
          }),
        },
      })
      await payload.update({
        collection: 'expenses',
        id: expenseId,
        depth: 0,
        locale: 'en',
        data: { description: expense.description.en },
      })
    }
    previousCampaignId = campaign.id
  }

  // The report-back meetings planned for those committees took place.
  await payload.update({
    collection: 'meetings',
    depth: 0,
    where: { kind: { equals: 'open' }, startsAt: { less_than: now.toISOString() } },
    data: { status: 'held', visibility: 'public' },
  })

  // --- This month: the campaign fundraising now, with a mixed committee at work -------------
  const veterans = (
    await payload.find({
      collection: 'members',
      where: { veteran: { equals: true }, status: { equals: 'active' } },
      sort: 'joinedAt',
      limit: 2,
      depth: 0,
    })
  ).docs
  const newcomers = (
    await payload.find({
      collection: 'members',
      where: { veteran: { equals: false }, status: { equals: 'active' } },
      sort: 'joinedAt',
      limit: 3,
      depth: 0,
    })
  ).docs
  const currentTeam = [...veterans, ...newcomers.slice(0, 2)].map((m) => m.id)
  const currentCommittee = await payload.create({
    collection: 'committees',
    depth: 0,
    locale: 'ar',
    data: {
      name: 'لجنة تدفئة المدرسة',
      kind: 'flying',
      status: 'active',
      lead: currentTeam[0],
      members: currentTeam,
      purpose: 'شراء المازوت والمدافئ ومتابعة التوزيع مع إدارة المدرسة.',
      startDate: startOfMonth.toISOString(),
      endDate: addMonths(startOfMonth, 2).toISOString(),
    },
  })
  await payload.update({
    collection: 'committees',
    depth: 0,
    id: currentCommittee.id,
    locale: 'en',
    data: {
      name: 'School heating committee',
      purpose: 'Buy fuel and heaters and follow the distribution with the school.',
    },
  })
  const current = await payload.create({
    collection: 'campaigns',
    depth: 0,
    locale: 'ar',
    data: {
      title: CURRENT_CAMPAIGN.title.ar,
      slug: `${currentMonth}-${slugify(CURRENT_CAMPAIGN.title.en)}`,
      month: currentMonth,
      status: 'fundraising',
      summary: CURRENT_CAMPAIGN.summary.ar,
      body: richText(
        CURRENT_CAMPAIGN.summary.ar,
        'الشتاء في المشهد قاسٍ، والصفوف بلا تدفئة. نريد أن يتعلم الأطفال في الدفء.',
      ),
      goal: { amount: CURRENT_CAMPAIGN.goal, currency: 'EUR' },
      cover: await uploadDemoCover(payload, CURRENT_CAMPAIGN, 99),
      lead: currentTeam[0],
      committee: currentCommittee.id,
      partners: [partners[3]!.id],
      updates: [{ date: days(-3), text: 'وصلت عروض الأسعار من ثلاثة موردين.' }],
    },
  })
  await payload.update({
    collection: 'campaigns',
    depth: 0,
    id: current.id,
    locale: 'en',
    data: {
      title: CURRENT_CAMPAIGN.title.en,
      summary: CURRENT_CAMPAIGN.summary.en,
      updates: (current.updates ?? []).map((update) => ({
        ...update,
        text: 'Price quotes arrived from three suppliers.',
      })),
      body: richText(
        CURRENT_CAMPAIGN.summary.en,
        'Winter in al-Mashhad is hard and the classrooms have no heating. We want the children to learn in the warm.',
      ),
    },
  })
  await payload.update({
    collection: 'committees',
    depth: 0,
    id: currentCommittee.id,
    data: { campaign: current.id },
  })
  for (let i = 0; i < 14; i++) {
    const named = i % 4 === 0
    await payload.create({
      collection: 'donations',
      depth: 0,
      data: {
        campaign: current.id,
        amount: pick([2500, 5000, 5000, 10000, 10000, 20000]),
        currency: 'EUR',
        method: i % 5 === 0 ? 'bank' : 'stripe',
        status: 'succeeded',
        anonymous: !named,
        donorName: named ? pick(DONOR_NAMES) : undefined,
        receivedAt: days(-i),
      },
    })
  }

  // --- Next month's project: proposals in a vote, and ideas still being discussed ------------
  const proposals: Proposal[] = []
  for (const [index, idea] of OPEN_PROPOSALS.entries()) {
    const proposal = await payload.create({
      collection: 'proposals',
      depth: 0,
      locale: 'ar',
      data: {
        title: idea.title.ar,
        summary: idea.summary.ar,
        body: richText(idea.summary.ar),
        proposer: active[5 + index]!.id,
        status: 'voting',
        estimatedBudget: { amount: idea.budget, currency: 'EUR' },
        estimatedDurationWeeks: idea.weeks,
        sectors: idea.sectors,
        votingOpensAt: days(-4),
        votingClosesAt: days(10),
      },
    })
    // Its English, as the management would add it in the admin for the English pages.
    await payload.update({
      collection: 'proposals',
      id: proposal.id,
      depth: 0,
      locale: 'en',
      data: { title: idea.title.en, summary: idea.summary.en, body: richText(idea.summary.en) },
    })
    proposals.push(proposal)
  }
  for (const [index, voter] of active.slice(0, 24).entries()) {
    await payload.create({
      collection: 'votes',
      depth: 0,
      data: {
        proposal: proposals[index % proposals.length]!.id,
        member: voter.id,
        choice: pick(['yes', 'yes', 'yes', 'no', 'abstain'] as const),
      },
    })
  }
  // Two still being discussed: one written in Arabic only, one in English only, as members write.
  await payload.create({
    collection: 'proposals',
    depth: 0,
    locale: 'ar',
    data: {
      title: 'ترميم سور المقبرة القديمة',
      summary: 'السور يتهاوى، والبلدية مستعدة لتقاسم الكلفة.',
      proposer: active[10]!.id,
      status: 'in-discussion',
      estimatedBudget: { amount: 400000, currency: 'EUR' },
      estimatedDurationWeeks: 10,
      sectors: ['engineering'],
    },
  })
  await payload.create({
    collection: 'proposals',
    depth: 0,
    locale: 'en',
    data: {
      title: 'A children’s reading club',
      summary: 'Weekly reading afternoons in the new school library.',
      proposer: active[14]!.id,
      status: 'submitted',
      estimatedBudget: { amount: 60000, currency: 'EUR' },
      estimatedDurationWeeks: 8,
      sectors: ['education', 'culture'],
    },
  })

  // --- A brainstorm group forming ------------------------------------------------------------
  const brainstorm = await payload.create({
    collection: 'committees',
    depth: 0,
    locale: 'ar',
    data: {
      name: 'عصف ذهني: عمل الشباب في المدينة',
      kind: 'brainstorm',
      status: 'forming',
      purpose: 'كيف نساعد الشباب على إيجاد عمل دون أن يغادروا؟',
      lead: active[20]!.id,
      members: active.slice(20, 26).map((m) => m.id),
      startDate: days(0),
      endDate: days(30),
    },
  })
  await payload.update({
    collection: 'committees',
    depth: 0,
    id: brainstorm.id,
    locale: 'en',
    data: {
      name: 'Brainstorm: work for young people in the town',
      purpose: 'How can we help young people find work without leaving?',
    },
  })

  // --- Meetings: last month's Big Sunday (held) and the next one, with its companions --------
  // The latest first Sunday already past was held; the next one is this month's when it is still
  // ahead (early in the month), so every month of the demo has its Big Sunday Meeting.
  const thisMonthsSunday = firstSundayOf(startOfMonth.getFullYear(), startOfMonth.getMonth())
  const nextMonth = addMonths(startOfMonth, 1)
  const [held, nextSunday] =
    thisMonthsSunday < now
      ? [thisMonthsSunday, firstSundayOf(nextMonth.getFullYear(), nextMonth.getMonth())]
      : [firstSundayOf(startOfMonth.getFullYear(), startOfMonth.getMonth() - 1), thisMonthsSunday]
  // Titled with their month, as the admin and the members tell them apart.
  const bigSundayTitle = (at: Date, locale: 'ar' | 'en') =>
    `${locale === 'ar' ? 'لقاء الأحد الكبير' : 'Big Sunday Meeting'} (${formatMonth(monthInZone(at, DEFAULT_TIME_ZONE), locale)})`
  const heldMeeting = await payload.create({
    collection: 'meetings',
    depth: 0,
    locale: 'ar',
    data: {
      kind: 'big-sunday',
      title: bigSundayTitle(held, 'ar'),
      startsAt: held.toISOString(),
      startsAt_tz: DEFAULT_TIME_ZONE,
      status: 'planned',
      visibility: 'public',
      onlineLink: 'https://meet.jit.si/fazaa-big-sunday',
      presenter: active[2]!.id,
      interviewer: active[16]!.id,
      guest: guests[2]!.id,
    },
  })
  await payload.update({
    collection: 'meetings',
    depth: 0,
    id: heldMeeting.id,
    locale: 'ar',
    data: {
      status: 'held',
      summary: richText('أطلقنا حملة تدفئة المدرسة، وتحدث ضيفنا عن الدواء والأسعار.'),
    },
  })
  await payload.update({
    collection: 'meetings',
    depth: 0,
    id: heldMeeting.id,
    locale: 'en',
    data: {
      title: bigSundayTitle(held, 'en'),
      summary: richText(
        'We launched the school heating campaign; our guest spoke about medicines and prices.',
      ),
    },
  })
  const upcoming = await payload.create({
    collection: 'meetings',
    depth: 0,
    locale: 'ar',
    data: {
      kind: 'big-sunday',
      title: bigSundayTitle(nextSunday, 'ar'),
      startsAt: nextSunday.toISOString(),
      startsAt_tz: DEFAULT_TIME_ZONE,
      status: 'planned',
      visibility: 'public',
      onlineLink: 'https://meet.jit.si/fazaa-big-sunday',
      presenter: active[3]!.id,
      interviewer: active[18]!.id,
      guest: guests[0]!.id,
    },
  })
  const segments = (upcoming.segments ?? []).map((segment) => ({
    ...segment,
    members: (segment.members ?? []).map((m) => (typeof m === 'object' ? m.id : m)),
    campaign:
      segment.kind === 'last-campaign'
        ? previousCampaignId
        : segment.kind === 'next-campaign'
          ? current.id
          : undefined,
    guest: segment.kind === 'guest' ? guests[0]!.id : undefined,
  }))
  await payload.update({
    collection: 'meetings',
    depth: 0,
    id: upcoming.id,
    locale: 'ar',
    data: { segments },
  })
  await payload.update({
    collection: 'meetings',
    depth: 0,
    id: upcoming.id,
    locale: 'en',
    data: { title: bigSundayTitle(nextSunday, 'en') },
  })

  const berlin = new TZDate(now, 'Europe/Berlin')
  const salon = await payload.create({
    collection: 'meetings',
    depth: 0,
    locale: 'ar',
    data: {
      kind: 'salon',
      title: 'الصالون الصحي: الدواء في المدينة',
      sector: 'health',
      // Thursday-ish evening in Berlin, five days from now, on the hour.
      startsAt: new Date(
        new TZDate(
          berlin.getFullYear(),
          berlin.getMonth(),
          berlin.getDate() + 5,
          19,
          0,
          'Europe/Berlin',
        ).getTime(),
      ).toISOString(),
      startsAt_tz: 'Europe/Berlin',
      status: 'planned',
      visibility: 'public',
      durationMinutes: 60,
    },
  })
  await payload.update({
    collection: 'meetings',
    depth: 0,
    id: salon.id,
    locale: 'en',
    data: { title: 'Health salon: medicines in the town' },
  })

  const veteranFlag = async (member: Member) =>
    (await payload.findByID({ collection: 'members', id: member.id, depth: 0 })).veteran
      ? 'member, veteran'
      : 'member, newcomer'
  return [
    { email: admin.email, role: 'admin' },
    { email: treasurer.email, role: 'admin (treasurer)' },
    {
      email: currentTeam.length
        ? (await payload.findByID({ collection: 'members', id: currentTeam[0]!, depth: 0 })).email
        : admin.email,
      role: 'member, leads the current committee',
    },
    { email: active[25]!.email, role: await veteranFlag(active[25]!) },
    { email: members[38]!.email, role: 'applicant' },
  ]
}
