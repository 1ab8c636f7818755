import type { Campaign, Donation, Giving, Member } from '@fazaa/cms/types'

import { CheckoutUnavailable, startCheckout } from '@fazaa/cms/lib/stripe/startCheckout'
import { stripeClient } from '@fazaa/cms/lib/stripe/stripeClient'
import type { Locale } from '@fazaa/shared/i18n/locales'
import { checkDonation } from '@fazaa/shared/rules/donationAmount'
import { fail, type RuleViolation } from '@fazaa/shared/rules/result'
import type { DonationForm } from '../../features/giving/readDonationForm'
import { cms } from './client'
import { refusalOf, type Refusal } from './refusal'

// Money: giving, following a gift, and the money out (transfers, expenses) of a campaign.

export interface GivingOptions {
  /** Card giving through Stripe is configured; otherwise the bank details are the way. */
  online: boolean
  settings: Giving
}

/** How a visitor can give right now, in their language. */
export const getGivingOptions = async (locale: Locale): Promise<GivingOptions> => {
  const payload = await cms()
  const settings = await payload.findGlobal({
    slug: 'giving',
    locale,
    depth: 0,
    overrideAccess: false,
  })
  return { online: stripeClient() !== null, settings }
}

export type DonationStart =
  { ok: true; url: string } | { ok: false; violation: RuleViolation | null; unavailable?: boolean }

/**
 * Checks the gift with the shared rule, then starts Stripe Checkout for it. A refusal comes back
 * as the rule's words (the form shows them with what was typed); nothing reaches Stripe then.
 */
export const startDonation = async ({
  campaign,
  form,
  member,
  locale,
  returnUrls,
}: {
  campaign: Campaign
  form: DonationForm
  member: Member | null
  locale: Locale
  returnUrls: { success: string; cancel: string }
}): Promise<DonationStart> => {
  if (campaign.status !== 'fundraising')
    return { ok: false, violation: fail('donation-campaign-closed') }
  const check = checkDonation({
    amount: form.amount,
    currency: form.currency,
    campaignCurrency: campaign.goal.currency,
  })
  if (!check.ok) return { ok: false, violation: check }
  const stripe = stripeClient()
  if (!stripe) return { ok: false, violation: null, unavailable: true }
  // Monthly support is for members: a subscription needs someone to manage it with.
  const monthly = form.monthly && member !== null
  const name = form.name.trim().slice(0, 120)
  try {
    const { url } = await startCheckout(await cms(), stripe, {
      campaign,
      amount: check.amount,
      monthly,
      anonymous: !(form.showName && name),
      donorName: name || undefined,
      message: form.message.trim().slice(0, 1000) || undefined,
      member,
      locale,
      successUrl: returnUrls.success,
      cancelUrl: returnUrls.cancel,
    })
    return { ok: true, url }
  } catch (error) {
    if (error instanceof CheckoutUnavailable) {
      ;(await cms()).logger.error({ err: error.cause, msg: 'Stripe Checkout failed' })
      return { ok: false, violation: null, unavailable: true }
    }
    throw error
  }
}

export interface GiftReceipt {
  amount: number
  currency: Donation['currency']
  status: Donation['status']
  monthly: boolean
  campaignTitle: string
}

/**
 * The gift a donor just made, by the Checkout Session id Stripe put in the return URL (a long
 * random id only that donor's browser has). Only what the thank-you page shows leaves here.
 */
export const getGiftBySession = async (
  sessionId: string,
  locale: Locale,
): Promise<GiftReceipt | null> => {
  if (!/^cs_[A-Za-z0-9_]{8,200}$/.test(sessionId)) return null
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'donations',
    where: { stripeSessionId: { equals: sessionId } },
    limit: 1,
    depth: 1,
    locale,
  })
  const gift = docs[0]
  if (!gift) return null
  return {
    amount: gift.amount,
    currency: gift.currency,
    status: gift.status,
    monthly: gift.monthly ?? false,
    campaignTitle: typeof gift.campaign === 'object' ? gift.campaign.title : '',
  }
}

/** A committee lead's expenses for their campaign, any status (the lead follows approval). */
export const getExpensesOfCampaign = async (member: Member, campaignId: number, locale: Locale) => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'expenses',
    locale,
    where: { campaign: { equals: campaignId } },
    sort: '-createdAt',
    pagination: false,
    depth: 1,
    user: member,
    overrideAccess: false,
  })
  return docs
}

export interface ExpenseForm {
  campaign: number
  amount: number
  description: string
  paidAt: string | null
  receipt: File
}

/**
 * A committee lead submits an expense with its receipt: the receipt is uploaded, then the
 * expense names it. Both run as the member, so the CMS's access rules decide (only the lead of
 * the committee carrying out that campaign, or an admin). If the expense is refused, the upload
 * is removed again: no orphan receipts.
 */
export const submitExpense = async (
  member: Member,
  form: ExpenseForm,
  locale: Locale,
): Promise<{ id: number } | Refusal> => {
  const payload = await cms()
  const data = Buffer.from(await form.receipt.arrayBuffer())
  let receiptId: number | null = null
  try {
    const receipt = await payload.create({
      collection: 'media',
      data: { alt: form.description.slice(0, 200), campaign: form.campaign },
      file: { data, mimetype: form.receipt.type, name: form.receipt.name, size: data.length },
      user: member,
      overrideAccess: false,
    })
    receiptId = receipt.id
    const campaign = await payload.findByID({
      collection: 'campaigns',
      id: form.campaign,
      depth: 0,
      select: { goal: true },
    })
    const expense = await payload.create({
      collection: 'expenses',
      // Stored as the lead wrote it: under the language of the page they wrote it on.
      locale,
      data: {
        campaign: form.campaign,
        amount: form.amount,
        currency: campaign.goal.currency,
        description: form.description,
        paidAt: form.paidAt,
        receipt: receipt.id,
        status: 'submitted',
      },
      user: member,
      overrideAccess: false,
    })
    return { id: expense.id }
  } catch (error) {
    if (receiptId != null) await payload.delete({ collection: 'media', id: receiptId })
    return refusalOf(error)
  }
}
