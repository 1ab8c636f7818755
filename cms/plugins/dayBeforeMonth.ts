import type { Config, Field } from 'payload'

/**
 * The admin writes dates as the portal does. Its pickers put the day before the month on a
 * 24-hour clock ("3 December 2026 18:00", not Payload's American "Dec 3, 2026 6:00 PM"; a field
 * that names its own format keeps it). The picker's Arabic is date-fns' («ديسمبر», Latin digits),
 * so the date chosen is also written out under it, and lists show it, as members will read it
 * («٣ كانون الأول ٢٠٢٦، ١٨:٠٠»).
 */
const DATE_CELL = '/components/dates/DateCell#DateCell'
const DATE_WRITTEN_OUT = '/components/dates/DateWrittenOut#DateWrittenOut'
const DAY_AND_TIME = 'd MMMM yyyy HH:mm'
const DAY_ONLY = 'd MMMM yyyy'

const withDayFirst = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'date') {
      const date = field.admin?.date ?? {}
      if (date.displayFormat) return field
      const appearance = date.pickerAppearance ?? 'dayOnly'
      if (appearance !== 'dayOnly' && appearance !== 'dayAndTime') return field
      const components = field.admin?.components ?? {}
      return {
        ...field,
        admin: {
          ...field.admin,
          date: { ...date, displayFormat: appearance === 'dayAndTime' ? DAY_AND_TIME : DAY_ONLY },
          components: {
            ...components,
            Cell: components.Cell ?? DATE_CELL,
            afterInput: [...(components.afterInput ?? []), DATE_WRITTEN_OUT],
          },
        },
      }
    }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withDayFirst(field.fields) } as Field
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withDayFirst(tab.fields) })),
      }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: withDayFirst(block.fields) })),
      }
    return field
  })

export const dayBeforeMonth =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      fields: withDayFirst(collection.fields),
    })),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      fields: withDayFirst(global.fields),
    })),
  })
