/** Opens an embedding or override (LRE, RLE, LRO, RLO); PDF closes the last one. */
const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E'])
const PDF = '\u202C'
/** Opens an isolate (LRI, RLI, FSI); PDI closes the last one, and any embeddings inside it. */
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068'])
const PDI = '\u2069'
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/

/**
 * Closes every direction control a text opens and drops the closers it never opened, so that a
 * text (a title, a name, a bio) cannot turn the direction of whatever is shown after it: a
 * title ending in U+202E RIGHT-TO-LEFT OVERRIDE reversed the rest of the page's <title>. Text
 * without such controls (all ordinary Arabic and English, marks like U+200F included) comes
 * back unchanged, and a balanced text is left as it is.
 */
export const balanceBidi = (text: string): string => {
  if (!CONTROLS.test(text)) return text
  const open: string[] = []
  let out = ''
  for (const char of text) {
    if (EMBEDDINGS.has(char) || ISOLATES.has(char)) {
      open.push(char)
    } else if (char === PDF) {
      // A PDF closes an embedding only within the current isolate.
      if (open.length === 0 || !EMBEDDINGS.has(open.at(-1)!)) continue
      open.pop()
    } else if (char === PDI) {
      const isolate = open.findLastIndex((opened) => ISOLATES.has(opened))
      if (isolate === -1) continue
      // Embeddings left open inside the isolate are closed by its PDI (UAX #9, X6a).
      out += PDF.repeat(open.length - 1 - isolate)
      open.length = isolate
    }
    out += char
  }
  while (open.length > 0) out += ISOLATES.has(open.pop()!) ? PDI : PDF
  return out
}
