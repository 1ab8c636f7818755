const names = {
  ar: new Intl.DisplayNames(['ar'], { type: 'currency' }),
  en: new Intl.DisplayNames(['en'], { type: 'currency' }),
}

/** A currency select's choices, each named in the admin's language with its code («يورو (EUR)»). */
export const currencyOptions = (codes: readonly string[]) =>
  codes.map((code) => ({
    value: code,
    label: { ar: `${names.ar.of(code)} (${code})`, en: `${names.en.of(code)} (${code})` },
  }))
