import type { Field } from 'payload'

type Label = { ar: string; en: string }

/** The file fields Payload adds to every upload, and to each image size. */
const FILE_FIELDS: [name: string, label: Label][] = [
  ['url', { ar: 'الرابط', en: 'URL' }],
  ['mimeType', { ar: 'نوع الملف', en: 'File type' }],
]

const SIZE_LABELS: Record<string, Label> = {
  thumb: { ar: 'مصغّرة', en: 'Thumbnail' },
  card: { ar: 'بطاقة', en: 'Card' },
  wide: { ar: 'عريضة', en: 'Wide' },
}

const labelled = (fields: [string, Label][]): Field[] =>
  fields.map(([name, label]) => ({ name, type: 'text', label }))

/**
 * Payload names some of the fields it adds to an upload in English only ("Thumbnail URL",
 * "sizes > thumb > MIME Type" among an Arabic list's columns). A field of the same name in the
 * collection is merged into Payload's own by name, so these give them labels in both languages
 * and change nothing else (not the columns the database holds).
 */
export const uploadFieldLabels = (sizeNames: string[]): Field[] => [
  ...labelled([
    ...FILE_FIELDS,
    ['thumbnailURL', { ar: 'رابط الصورة المصغّرة', en: 'Thumbnail URL' }],
  ]),
  {
    name: 'sizes',
    type: 'group',
    label: { ar: 'الأحجام', en: 'Sizes' },
    fields: sizeNames.map((name) => ({
      name,
      type: 'group',
      label: SIZE_LABELS[name] ?? { ar: name, en: name },
      fields: labelled(FILE_FIELDS),
    })),
  },
]
