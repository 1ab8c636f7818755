/** The donate form as typed; every field a string, as a browser sends it. */
export interface DonationForm {
  amount: string
  currency: string
  name: string
  message: string
  /** "Show my name" ticked: gifts are anonymous unless the donor says otherwise. */
  showName: boolean
  monthly: boolean
}

const text = (data: FormData, name: string, max: number) =>
  String(data.get(name) ?? '')
    .trim()
    .slice(0, max)

/**
 * The donate form as posted. The amount is the typed "other amount" when there is one, else the
 * chosen suggestion: a donor who types 30 means 30 whichever button was left selected.
 */
export const readDonationForm = (data: FormData): DonationForm => {
  const other = text(data, 'otherAmount', 40)
  return {
    amount: other || text(data, 'amount', 40),
    currency: text(data, 'currency', 8),
    name: text(data, 'name', 120),
    message: text(data, 'message', 1000),
    showName: data.get('showName') === 'on',
    monthly: data.get('monthly') === 'on',
  }
}

export const EMPTY_DONATION_FORM: DonationForm = {
  amount: '',
  currency: '',
  name: '',
  message: '',
  showName: false,
  monthly: false,
}
