import type { Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

/**
 * Every label an admin reads in the panel is ours in both languages: each collection's name, each
 * field we declare (hidden ones aside) and each choice of a select. Payload's own fields (dates of
 * creation, a file's size…) come with Payload's translations and are left to them.
 */
const PAYLOAD_OWN = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'sessions',
  'email',
  'password',
  'salt',
  'hash',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'url',
  'thumbnailURL',
  'sizes',
  'prefix',
])

const arabic = /\p{Script=Arabic}/u

type Label = unknown
const problemsOfLabel = (where: string, label: Label): string[] => {
  if (typeof label === 'function') return []
  if (label === false) return []
  if (!label || typeof label !== 'object') return [`${where}: no Arabic and English label`]
  const { ar, en } = label as { ar?: unknown; en?: unknown }
  return [
    ...(typeof ar === 'string' && arabic.test(ar) ? [] : [`${where}: no Arabic label`]),
    ...(typeof en === 'string' && en.trim() ? [] : [`${where}: no English label`]),
  ]
}

const problemsOfFields = (where: string, fields: Field[]): string[] =>
  fields.flatMap((field): string[] => {
    const named = 'name' in field ? field.name : undefined
    const path = named ? `${where}.${named}` : where
    const hidden = 'admin' in field && field.admin && 'hidden' in field.admin && field.admin.hidden
    const own =
      named && !PAYLOAD_OWN.has(named) && !hidden && field.type !== 'ui' && field.type !== 'join'
        ? problemsOfLabel(path, 'label' in field ? field.label : undefined)
        : []
    const options =
      field.type === 'select' || field.type === 'radio'
        ? // A date's time zone choice (Payload's `_tz` companion) takes only plain labels: the
          // zone's IANA name, a city either reader knows.
          named?.endsWith('_tz')
          ? []
          : field.options.flatMap((option) =>
              typeof option === 'string'
                ? [`${path}: choice "${option}" has no label`]
                : field.name === 'locale'
                  ? []
                  : problemsOfLabel(`${path} = ${option.value}`, option.label),
            )
        : []
    const inner =
      named && PAYLOAD_OWN.has(named)
        ? []
        : 'fields' in field && Array.isArray(field.fields)
          ? problemsOfFields(path, field.fields)
          : field.type === 'tabs'
            ? field.tabs.flatMap((tab) => problemsOfFields(path, tab.fields))
            : field.type === 'blocks'
              ? field.blocks.flatMap((block) =>
                  problemsOfFields(`${path}.${block.slug}`, block.fields),
                )
              : []
    // An array's rows are named by its own labels («أضف تحديثاً», not «أضف Update»).
    const rows =
      field.type === 'array' && !hidden && !PAYLOAD_OWN.has(field.name)
        ? [
            ...problemsOfLabel(`${path} (a row)`, field.labels?.singular),
            ...problemsOfLabel(`${path} (rows)`, field.labels?.plural),
          ]
        : []
    return [...own, ...options, ...rows, ...inner]
  })

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

describe('the admin’s labels', () => {
  it('name every collection, field and choice of ours in Arabic and in English', () => {
    // Payload's own collections, and ours the admin never shows (sign-in links, throttles).
    const ours = payload.config.collections.filter(
      (c) => !c.slug.startsWith('payload-') && !c.admin?.hidden,
    )
    const problems = ours.flatMap((collection) => [
      ...problemsOfLabel(`${collection.slug} (singular)`, collection.labels?.singular),
      ...problemsOfLabel(`${collection.slug} (plural)`, collection.labels?.plural),
      ...problemsOfFields(collection.slug, collection.fields),
    ])
    expect(problems).toEqual([])
  })
})
