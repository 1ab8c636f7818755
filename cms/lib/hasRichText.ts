/** True when a Lexical value holds any visible text (an empty editor still has a paragraph). */
export const hasRichText = (value: unknown): boolean => {
  const visit = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false
    const { text, children } = node as { text?: unknown; children?: unknown }
    if (typeof text === 'string' && text.trim().length > 0) return true
    return Array.isArray(children) && children.some(visit)
  }
  return visit((value as { root?: unknown } | null | undefined)?.root)
}
