import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from 'lexical'

/**
 * A Lexical value as HTML. Payload's converter escapes text, and our editor has no raw-HTML
 * node, so what editors type cannot become markup on the page.
 */
export const richTextToHtml = (value: unknown): string =>
  value && typeof value === 'object' && 'root' in value
    ? convertLexicalToHTML({ data: value as SerializedEditorState, disableContainer: true })
    : ''
