import type { CollectionConfig, Field } from 'payload'

import { REQUEST_LIMITS } from '@fazaa/shared/rules/limits'
import { balanceBidiControls } from './balanceBidiControls'

type TextField = Extract<Field, { type: 'text' | 'textarea' }>

/** A text's own hooks, then its direction controls balanced before it is stored. */
const withBalancedBidi = <F extends TextField>(field: F): F => ({
  ...field,
  hooks: {
    ...field.hooks,
    beforeChange: [...(field.hooks?.beforeChange ?? []), balanceBidiControls],
  },
})

/**
 * Gives every text a longest length and every list a largest number of rows, where the field
 * does not name a tighter one of its own: the admin panel, REST, GraphQL and the Local API then
 * refuse a sign-up with two million skills, with Payload's own message naming the field. The
 * same numbers cap the raw request before Payload walks it (cms/lib/rest/checkJsonBody.ts).
 * Every text is also stored with its direction controls balanced (balanceBidiControls).
 */
const boundField = (field: Field): Field => {
  switch (field.type) {
    case 'text':
      return withBalancedBidi({
        ...field,
        maxLength: field.maxLength ?? REQUEST_LIMITS.textCharacters,
        ...(field.hasMany ? { maxRows: field.maxRows ?? REQUEST_LIMITS.listItems } : {}),
      } as TextField)
    case 'textarea':
      return withBalancedBidi({
        ...field,
        maxLength: field.maxLength ?? REQUEST_LIMITS.textCharacters,
      })
    case 'number':
    case 'relationship':
    case 'upload':
      return field.hasMany
        ? ({ ...field, maxRows: field.maxRows ?? REQUEST_LIMITS.listItems } as Field)
        : field
    case 'array':
      return {
        ...field,
        maxRows: field.maxRows ?? REQUEST_LIMITS.listItems,
        fields: field.fields.map(boundField),
      }
    case 'blocks':
      return {
        ...field,
        maxRows: field.maxRows ?? REQUEST_LIMITS.listItems,
        blocks: field.blocks.map((block) =>
          typeof block === 'string' ? block : { ...block, fields: block.fields.map(boundField) },
        ),
      }
    case 'group':
    case 'row':
    case 'collapsible':
      return { ...field, fields: field.fields.map(boundField) } as Field
    case 'tabs':
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(boundField) })),
      }
    default:
      return field
  }
}

export const boundEveryField = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map(boundField),
})
