import { describe, expect, it } from 'vitest'

import { boundEveryField } from '../../cms/fields/boundEveryField'
import { MAX_JSON_DEPTH, problemOfJsonBody } from '../../cms/lib/rest/checkJsonBody'
import { restartDelayMs } from '../../scripts/lib/processes'
import { readBodyWithin } from '@fazaa/shared/http/readBodyWithin'
import { REQUEST_LIMITS } from '@fazaa/shared/rules/limits'
import {
  formChoice,
  formDate,
  formId,
  looksLikeEmail,
} from '../../portal/src/features/forms/formValues'
import { checkFormBody, URLENCODED_MAX_BYTES } from '../../portal/src/features/security/formBody'

const post = (body: BodyInit | null, contentType?: string) =>
  new Request('http://portal.test/en/proposals/new/', {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
  })

describe('values a form sends back', () => {
  it('takes only positive whole ids', () => {
    expect(['12', ' 7 ', '1'].map((v) => formId(v))).toEqual([12, 7, 1])
    expect(
      ['0', '-1', '1.5', 'abc', '', '1e3', '0x10', '1 OR 1=1', '9'.repeat(16)].map((v) =>
        formId(v),
      ),
    ).toEqual(Array(9).fill(null))
    expect(formId(null)).toBeNull()
  })

  it('takes only the choices offered', () => {
    expect(formChoice('yes', ['yes', 'no'] as const)).toBe('yes')
    expect([
      formChoice('YES', ['yes', 'no']),
      formChoice('maybe', ['yes', 'no']),
      formChoice(null, ['yes']),
    ]).toEqual([null, null, null])
  })

  it('takes only dates that exist on the calendar', () => {
    expect(formDate('2024-02-29')).toBe('2024-02-29T12:00:00.000Z')
    expect(
      ['2025-02-29', '2026-13-01', '0000-00-00', '2026-1-1', 'tomorrow'].map(formDate),
    ).toEqual(Array(5).fill(null))
  })

  it('knows an email address from something else', () => {
    expect(looksLikeEmail('name@example.com')).toBe(true)
    expect(
      ['name', 'a@b', '@example.com', 'a b@c.d', `${'a'.repeat(250)}@b.cd`].map(looksLikeEmail),
    ).toEqual(Array(5).fill(false))
  })
})

describe('a post to a portal page', () => {
  it('passes a form, urlencoded or multipart, whatever the case of its boundary', async () => {
    expect(await checkFormBody(post('a=1&b=2', 'application/x-www-form-urlencoded'))).toBeNull()
    const multipart = '--AaBb\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--AaBb--\r\n'
    expect(await checkFormBody(post(multipart, 'multipart/form-data; boundary=AaBb'))).toBeNull()
    // Sign-out's button posts nothing at all.
    expect(await checkFormBody(post(null))).toBeNull()
  })

  it('refuses what is not a form, does not parse, carries a NUL or is too large', async () => {
    expect((await checkFormBody(post('{"a":1}', 'application/json')))?.status).toBe(415)
    expect((await checkFormBody(post('a=1', 'text/plain')))?.status).toBe(415)
    expect((await checkFormBody(post('garbage', 'multipart/form-data; boundary=x')))?.status).toBe(
      400,
    )
    expect((await checkFormBody(post('a=%00', 'application/x-www-form-urlencoded')))?.status).toBe(
      400,
    )
    const large = `a=${'x'.repeat(URLENCODED_MAX_BYTES)}`
    expect((await checkFormBody(post(large, 'application/x-www-form-urlencoded')))?.status).toBe(
      413,
    )
  })

  it('says why in both languages', async () => {
    const problem = await checkFormBody(post('{}', 'application/json'))
    expect(problem?.message.en).toContain('only takes its own forms')
    expect(problem?.message.ar).toContain('النماذج')
  })
})

describe('a JSON body for the CMS', () => {
  it('passes documents, and leaves unparseable text to Payload', () => {
    expect(problemOfJsonBody('{"title":"x","body":{"root":{"children":[]}}}')).toBeNull()
    expect(problemOfJsonBody('')).toBeNull()
    expect(problemOfJsonBody('{"cut')).toBeNull()
  })

  it('refuses what Payload would trip over', () => {
    expect(['[1]', '"x"', 'null', '3'].map(problemOfJsonBody)).toEqual(
      Array(4).fill('not-an-object'),
    )
    expect(problemOfJsonBody('{"email":{"$ne":null}}')).toBe('email-not-text')
    expect(problemOfJsonBody('{"password":1}')).toBe('password-not-text')
    expect(problemOfJsonBody('{"a":["x\\u0000y"]}')).toBe('nul-character')
    const deep = `${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${'}'.repeat(MAX_JSON_DEPTH + 1)}`
    expect(problemOfJsonBody(deep)).toBe('too-deep')
    const fine = `${'{"a":'.repeat(MAX_JSON_DEPTH - 1)}1${'}'.repeat(MAX_JSON_DEPTH - 1)}`
    expect(problemOfJsonBody(fine)).toBeNull()
  })

  it('refuses a list or a text longer than any document has, at any depth', () => {
    const list = (n: number) => JSON.stringify({ a: { b: Array(n).fill('x') } })
    expect(problemOfJsonBody(list(REQUEST_LIMITS.listItems))).toBeNull()
    expect(problemOfJsonBody(list(REQUEST_LIMITS.listItems + 1))).toBe('list-too-long')
    const text = (n: number) => JSON.stringify({ a: ['x'.repeat(n)] })
    expect(problemOfJsonBody(text(REQUEST_LIMITS.textCharacters))).toBeNull()
    expect(problemOfJsonBody(text(REQUEST_LIMITS.textCharacters + 1))).toBe('text-too-long')
  })
})

describe('a body read only as far as its limit', () => {
  const chunked = (chunks: number, size: number) =>
    new Request('http://cms.test/api/members', {
      method: 'POST',
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(size).fill(65))
          controller.close()
        },
      }),
      duplex: 'half',
    } as RequestInit)

  it('gives the bytes of a body within the limit', async () => {
    const body = await readBodyWithin(chunked(4, 1000), 4000)
    expect(body?.byteLength).toBe(4000)
  })

  it('stops at the limit when no length is declared', async () => {
    expect(await readBodyWithin(chunked(5, 1000), 4000)).toBeNull()
  })

  it('refuses a declared length over the limit without reading', async () => {
    const request = new Request('http://cms.test/api/members', {
      method: 'POST',
      headers: { 'content-length': '5000' },
      body: 'x',
    })
    expect(await readBodyWithin(request, 4000)).toBeNull()
    expect(request.bodyUsed).toBe(false)
  })
})

describe('every field bounded', () => {
  it('gives texts a longest length and lists a largest number of rows, keeping tighter ones', () => {
    const bounded = boundEveryField({
      slug: 'things',
      fields: [
        { name: 'title', type: 'text', maxLength: 120 },
        { name: 'tags', type: 'text', hasMany: true },
        {
          type: 'tabs',
          tabs: [
            {
              label: 'One',
              fields: [
                {
                  name: 'rows',
                  type: 'array',
                  fields: [{ name: 'note', type: 'textarea' }],
                },
              ],
            },
          ],
        },
        { name: 'group', type: 'group', fields: [{ name: 'inner', type: 'text' }] },
      ],
    })
    const [title, tags, tabs, group] = bounded.fields as unknown as Record<string, unknown>[]
    expect(title).toMatchObject({ maxLength: 120 })
    expect(tags).toMatchObject({
      maxLength: REQUEST_LIMITS.textCharacters,
      maxRows: REQUEST_LIMITS.listItems,
    })
    const rows = (tabs!.tabs as { fields: Record<string, unknown>[] }[])[0]!.fields[0]!
    expect(rows).toMatchObject({ maxRows: REQUEST_LIMITS.listItems })
    expect((rows.fields as Record<string, unknown>[])[0]).toMatchObject({
      maxLength: REQUEST_LIMITS.textCharacters,
    })
    expect((group!.fields as Record<string, unknown>[])[0]).toMatchObject({
      maxLength: REQUEST_LIMITS.textCharacters,
    })
  })
})

describe('a server that dies', () => {
  it('is started again after 1 s, doubling with each death in the window, at most 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(restartDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ])
  })
})
