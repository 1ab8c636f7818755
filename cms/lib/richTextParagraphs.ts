/** A Lexical value's paragraphs as plain text (for emails and messages), empty ones left out. */
export const richTextParagraphs = (value: unknown): string[] => {
  const textOf = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const { text, children } = node as { text?: unknown; children?: unknown }
    if (typeof text === 'string') return text
    return Array.isArray(children) ? children.map(textOf).join('') : ''
  }
  const root = (value as { root?: { children?: unknown[] } } | null | undefined)?.root
  return (root?.children ?? []).map((block) => textOf(block).trim()).filter(Boolean)
}
