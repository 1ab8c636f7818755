import type { UIFieldServerProps } from 'payload'

import { formatMoney } from '@fazaa/shared/money'
import { intlLocale } from '@fazaa/shared/i18n/locales'
import type { Currency } from '@fazaa/shared/domain/vocabulary'
import { campaignMoneyOf } from '../lib/campaignMoney'
import type { Campaign } from '../payload-types'

const LABELS = {
  ar: {
    title: 'الخلاصة المالية',
    raised: 'جُمع (تبرعات ناجحة)',
    transferred: 'أُرسل إلى البلدة',
    fees: 'رسوم التحويل',
    spent: 'صُرف (مصاريف موافق عليها)',
    balance: 'الرصيد',
    heldAbroad: 'منه لم يُرسل بعد',
    heldInTown: 'منه في البلدة لم يُصرف',
    pending: 'مصاريف بانتظار الموافقة',
    export: 'تنزيل كل الحركات (CSV)',
    unsaved: 'احفظ الحملة أولاً لترى خلاصتها المالية.',
  },
  en: {
    title: 'Financial summary',
    raised: 'Raised (succeeded gifts)',
    transferred: 'Sent to the town',
    fees: 'Transfer fees',
    spent: 'Spent (approved expenses)',
    balance: 'Balance',
    heldAbroad: 'of which not yet sent',
    heldInTown: 'of which in town, unspent',
    pending: 'Expenses awaiting approval',
    export: 'Download every entry (CSV)',
    unsaved: 'Save the campaign first to see its financial summary.',
  },
} as const

/**
 * The campaign's money in the admin panel: the same figures as its public page (one helper
 * computes both), how they add up, and the CSV of every entry.
 */
export const CampaignMoneySummary = async ({
  data,
  id,
  payload,
  req,
  i18n,
}: UIFieldServerProps) => {
  const t = LABELS[i18n.language === 'en' ? 'en' : 'ar']
  const locale = i18n.language === 'en' ? 'en' : 'ar'
  const campaign = data as Partial<Campaign>
  if (id == null || !campaign.goal?.currency) return <p>{t.unsaved}</p>
  const { ledger } = await campaignMoneyOf(
    payload,
    { id: Number(id), raised: campaign.raised ?? 0 },
    { req, depth: 0 },
  )
  const pending = await payload.count({
    collection: 'expenses',
    where: { campaign: { equals: id }, status: { equals: 'submitted' } },
    req,
  })
  const money = (amount: number) =>
    formatMoney({ amount, currency: campaign.goal!.currency as Currency }, locale)
  const figures = [
    'raised',
    'transferred',
    'fees',
    'spent',
    'balance',
    'heldAbroad',
    'heldInTown',
  ] as const
  return (
    <section className="fazaa-money-summary" aria-labelledby="fazaa-money-summary-title">
      <h3 id="fazaa-money-summary-title">{t.title}</h3>
      <table>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure}>
              <th scope="row">{t[figure]}</th>
              <td data-figure={figure} data-amount={ledger[figure]}>
                {figure === 'balance' ? (
                  <strong>{money(ledger[figure])}</strong>
                ) : (
                  money(ledger[figure])
                )}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t.pending}</th>
            <td>{new Intl.NumberFormat(intlLocale(locale)).format(pending.totalDocs)}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <a href={`/api/money/export.csv?campaign=${id}`} download>
          {t.export}
        </a>
      </p>
    </section>
  )
}
