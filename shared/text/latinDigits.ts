/**
 * Digits as a number reader needs them: Eastern Arabic (٠-٩) and Persian (۰-۹) digits, as phones
 * in Arabic type them, become 0-9; the Arabic decimal separator (٫) a point and the Arabic
 * thousands separator (٬) a comma.
 */
export const toLatinDigits = (text: string): string =>
  text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
