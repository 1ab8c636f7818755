import { describe, expect, it } from 'vitest'

import {
  digestWhatsAppText,
  renderDigest,
  type DigestData,
} from '../../cms/plugins/mail/digest/renderDigest'
import {
  claimedUnsubscribeScope,
  readUnsubscribeToken,
  unsubscribeToken,
} from '../../cms/plugins/mail/unsubscribe/unsubscribeToken'
import { suggestIntroductions } from '@fazaa/shared/rules/bigSundayAgenda'
import { afterFailure, classifySmtpFailure, MAX_ATTEMPTS } from '@fazaa/shared/rules/mailRetry'

const data: DigestData = {
  meetingId: 7,
  month: '2026-11',
  summary: { ar: ['اخترنا مشروع التدفئة.'], en: ['We chose the heating project.'] },
  recordingLink: 'https://video.example/rec',
  guest: { name: { ar: 'د. ليلى', en: 'Dr Layla' }, role: { ar: 'صيدلانية', en: 'Pharmacist' } },
  lastCampaign: {
    title: { ar: 'غرفة الحرائق', en: 'Fire room' },
    slug: 'fire-room',
    currency: 'EUR',
    raised: 229000,
    spent: 194700,
  },
  currentCampaign: {
    title: { ar: 'تدفئة المدرسة', en: 'School heating' },
    slug: 'heating',
    currency: 'EUR',
    raised: 120000,
    goal: 300000,
    donorCount: 31,
  },
  openProposals: [
    {
      id: 12,
      title: { ar: 'رفوف المكتبة', en: 'Library shelves' },
      closesAt: '2026-11-29T18:00:00.000Z',
    },
  ],
  upcomingMeetings: [
    {
      id: 3,
      kind: 'salon',
      title: { ar: 'صالون الصحة', en: 'Health salon' },
      startsAt: '2026-12-02T18:00:00.000Z',
    },
  ],
  newMembers: [{ ar: 'كريم', en: 'Karim' }],
  formingCommittees: [
    {
      id: 4,
      name: { ar: 'لجنة المكتبة', en: 'Library committee' },
      sectors: ['education'],
      seatsLeft: 2,
    },
    { id: 5, name: { ar: 'لجنة ممتلئة', en: 'Full committee' }, sectors: [], seatsLeft: 0 },
  ],
}
const links = {
  portal: (locale: 'ar' | 'en', path: string) =>
    `https://fazaa.example${locale === 'en' ? '/en' : ''}${path}`,
  unsubscribe: 'https://fazaa.example/unsubscribe/?token=t',
}

describe('renderDigest', () => {
  it('writes the English digest with the figures, links and times in the reader’s zone', () => {
    const { subject, text, html } = renderDigest(
      data,
      { id: 1, name: 'Sam', locale: 'en', timeZone: 'America/Toronto', sectors: ['education'] },
      links,
    )
    expect(subject).toBe('Big Sunday Meeting digest · November 2026')
    expect(text).toContain('€2,290 raised, €1,947 spent.')
    expect(text).toContain('€1,200 of €3,000 raised, thanks to 31 donors.')
    expect(text).toContain('https://fazaa.example/en/campaigns/heating/#donate')
    expect(text).toContain('https://fazaa.example/en/proposals/12/')
    // 18:00 UTC is 1 p.m. in Toronto.
    expect(text).toMatch(/Library shelves: Vote closes Sunday,? 29 November 2026 at 13:00/)
    expect(text).toContain('Library committee (2 seats left)')
    expect(text).not.toContain('Full committee')
    expect(html).toContain('lang="en" dir="ltr"')
    expect(html).toContain('href="https://fazaa.example/unsubscribe/?token=t"')
  })

  it('writes Arabic right to left, and leaves out committees outside the reader’s sectors', () => {
    const { subject, html, text } = renderDigest(
      data,
      { id: 2, name: 'سلمى', locale: 'ar', timeZone: 'Europe/Berlin', sectors: ['health'] },
      links,
    )
    expect(subject).toBe('موجز لقاء الأحد الكبير — تشرين الثاني ٢٠٢٦')
    expect(html).toContain('lang="ar" dir="rtl"')
    expect(text).toContain('أهلاً سلمى')
    expect(text).toContain('رفوف المكتبة')
    expect(text).not.toContain('Library shelves')
    expect(text).toContain('https://fazaa.example/campaigns/heating/#donate')
    expect(text).not.toContain('لجنة المكتبة')
  })

  it('names a meeting once, with an Arabic comma before its date', () => {
    const open = {
      ...data,
      upcomingMeetings: [
        {
          id: 4,
          kind: 'open' as const,
          title: { ar: 'لقاء مفتوح: تقرير اللجنة', en: 'Open meeting: the committee reports' },
          startsAt: '2026-12-02T18:00:00.000Z',
        },
        ...data.upcomingMeetings,
      ],
    }
    const reader = { id: 2, name: 'سلمى', locale: 'ar' as const, timeZone: 'UTC', sectors: [] }
    const { text } = renderDigest(open, reader, links)
    expect(text).toContain('لقاء مفتوح: تقرير اللجنة، ')
    expect(text).not.toContain('لقاء مفتوح: لقاء مفتوح')
    expect(text).toContain('صالون مهني: صالون الصحة، ')
    expect(text).not.toMatch(/صالون الصحة, /)
  })

  it('escapes what people typed', () => {
    const hostile = { ...data, summary: { ar: ['<script>x</script>'], en: ['<b>bold</b>'] } }
    const { html } = renderDigest(
      hostile,
      { id: 1, name: '<i>Sam</i>', locale: 'en', timeZone: 'UTC', sectors: [] },
      links,
    )
    expect(html).not.toContain('<b>bold</b>')
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;')
    expect(html).toContain('&lt;i&gt;Sam&lt;/i&gt;')
  })

  it('makes a short WhatsApp text with links and no new members’ names', () => {
    const text = digestWhatsAppText(data, 'ar', links, 'Europe/Berlin')
    expect(text.startsWith('*موجز لقاء الأحد الكبير — تشرين الثاني ٢٠٢٦*')).toBe(true)
    expect(text).toContain('https://fazaa.example/campaigns/heating/#donate')
    expect(text).not.toContain('كريم')
    expect(text).not.toContain('<')
  })
})

describe('sending mail', () => {
  it('retries temporary refusals with growing waits, and gives up on permanent ones', () => {
    const now = new Date('2026-11-21T10:00:00Z')
    expect(classifySmtpFailure({ responseCode: 421 })).toBe('temporary')
    expect(classifySmtpFailure(new Error('ECONNREFUSED'))).toBe('temporary')
    expect(classifySmtpFailure({ responseCode: 550 })).toBe('permanent')
    const waits = [1, 2, 3].map((attempt) => {
      const next = afterFailure('temporary', attempt, now)
      return next.status === 'pending'
        ? (next.nextAttemptAt.getTime() - now.getTime()) / 60_000
        : null
    })
    expect(waits).toEqual([1, 5, 15])
    expect(afterFailure('temporary', MAX_ATTEMPTS, now)).toEqual({ status: 'failed' })
    expect(afterFailure('permanent', 1, now)).toEqual({ status: 'failed' })
  })

  it('signs unsubscribe links so that only ours work', () => {
    const token = unsubscribeToken('secret', 'digest', 42)
    expect(readUnsubscribeToken('secret', token)).toEqual({ scope: 'digest', memberId: 42 })
    expect(readUnsubscribeToken('other', token)).toBeNull()
    expect(readUnsubscribeToken('secret', token.replace('.42.', '.43.'))).toBeNull()
    expect(readUnsubscribeToken('secret', token.replace('digest.', 'reminders.'))).toBeNull()
    expect(readUnsubscribeToken('secret', 'nonsense')).toBeNull()
    // What the confirmation page names before anything is verified.
    expect(claimedUnsubscribeScope(unsubscribeToken('secret', 'reminders', 42))).toBe('reminders')
    expect(claimedUnsubscribeScope(token)).toBe('digest')
  })
})

describe('the introductions rotation', () => {
  it('never proposes someone already introduced, or who declined, while others wait', () => {
    const candidates = [
      { id: 'a', joinedAt: '2018-01-01' },
      { id: 'b', joinedAt: '2019-01-01', declined: true },
      { id: 'c', joinedAt: '2020-01-01' },
      { id: 'd', joinedAt: '2021-01-01' },
    ]
    expect(suggestIntroductions(candidates, new Set(['a']), 2)).toEqual(['c', 'd'])
    expect(suggestIntroductions(candidates, new Set(['a', 'c']), 2)).toEqual(['d', 'a'])
  })
})
