import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import {
  isCacheableRequest,
  isFresh,
  pickEncoding,
  PUBLIC_PAGE_CACHE_CONTROL,
  sharedMaxAge,
} from '../../portal/src/features/pageCache/cachePolicy'
import { PageCache, toCachedPage } from '../../portal/src/features/pageCache/pageCache'
import { representationOf } from '../../portal/src/features/pageCache/representation'
import { noteRead } from '@fazaa/shared/contentReads'

const html = '<!doctype html><html lang="ar" dir="rtl"><body>'.concat(
  'حملة الشهر: ترميم المدرسة '.repeat(200),
  '</body></html>',
)
const publicPage = (body = html, init: ResponseInit = {}) =>
  new Response(body, {
    status: 200,
    ...init,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
      ...init.headers,
    },
  })

/** A cache that hears the CMS (as after LISTEN succeeded), with the hook to say otherwise. */
const listeningCache = () => {
  const cache = new PageCache()
  let say: { onChange: (what: string[]) => void; onListening: (on: boolean) => void } | undefined
  cache.watchWith((handlers) => (say = handlers))
  say!.onListening(true)
  return { cache, say: say! }
}

const later = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('what the page cache may keep', () => {
  it('answers only anonymous reads', () => {
    expect(isCacheableRequest('GET', undefined)).toBe(true)
    expect(isCacheableRequest('HEAD', 'theme=dark')).toBe(true)
    expect(isCacheableRequest('POST', undefined)).toBe(false)
    expect(isCacheableRequest('GET', 'theme=dark; payload-token=abc')).toBe(false)
  })

  it('reads the shared lifetime from Cache-Control and refuses private answers', () => {
    expect(sharedMaxAge(PUBLIC_PAGE_CACHE_CONTROL)).toBe(60)
    expect(sharedMaxAge('public, max-age=30')).toBe(30)
    expect(sharedMaxAge('private, no-store')).toBe(0)
    expect(sharedMaxAge('public, no-store, s-maxage=60')).toBe(0)
    expect(sharedMaxAge('s-maxage=60')).toBe(0)
    expect(sharedMaxAge(null)).toBe(0)
  })

  it('picks the best encoding the client accepts', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(pickEncoding('gzip, br;q=0.5')).toBe('gzip')
    expect(pickEncoding('br;q=0, gzip;q=0')).toBe('identity')
    expect(pickEncoding(undefined)).toBe('identity')
  })

  it('recognises a client that already has this version', () => {
    expect(isFresh('"a", "b"', '"b"')).toBe(true)
    expect(isFresh('W/"b"', '"b"')).toBe(true)
    expect(isFresh('"a"', '"b"')).toBe(false)
    expect(isFresh(undefined, '"b"')).toBe(false)
  })
})

describe('a cached page', () => {
  it('is kept in every encoding, each decoding to the rendered bytes', async () => {
    const page = await toCachedPage(publicPage())
    const original = Buffer.from(html)
    expect(page.bodies.identity.equals(original)).toBe(true)
    expect(brotliDecompressSync(page.bodies.br!).equals(original)).toBe(true)
    expect(gunzipSync(page.bodies.gzip!).equals(original)).toBe(true)
    expect(page.bodies.br!.length).toBeLessThan(original.length / 5)
  })

  it('is sent in the chosen encoding with its length, or as a bodiless 304', async () => {
    const page = await toCachedPage(publicPage())
    const sent = representationOf(page, { method: 'GET', acceptEncoding: 'gzip, br' }, 'hit')
    const headers = new Map(sent.headers)
    expect(headers.get('content-encoding')).toBe('br')
    expect(headers.get('content-length')).toBe(String(page.bodies.br!.length))
    expect(headers.get('vary')).toBe('Accept-Encoding')
    expect(headers.get('x-cache')).toBe('hit')
    expect(sent.body).toBe(page.bodies.br!)

    const again = representationOf(page, { method: 'GET', ifNoneMatch: page.etag }, 'hit')
    expect(again.status).toBe(304)
    expect(again.body).toBeNull()
    expect(new Map(again.headers).get('etag')).toBe(page.etag)

    const head = representationOf(page, { method: 'HEAD' }, 'hit')
    expect(head.body).toBeNull()
    expect(new Map(head.headers).get('content-length')).toBe(String(Buffer.byteLength(html)))
  })
})

describe('a cached image', () => {
  it('is kept once and sent as it is, never labelled as compressed', async () => {
    const webp = Buffer.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4])
    const page = await toCachedPage(
      new Response(webp, {
        headers: { 'content-type': 'image/webp', 'cache-control': 'public, max-age=604800' },
      }),
    )
    expect(Object.keys(page.bodies)).toEqual(['identity'])
    const sent = representationOf(page, { method: 'GET', acceptEncoding: 'gzip, br' }, 'hit')
    const headers = new Map(sent.headers)
    expect(headers.has('content-encoding')).toBe(false)
    expect(headers.get('content-length')).toBe(String(webp.length))
    expect(sent.body?.equals(webp)).toBe(true)
  })
})

describe('the page cache', () => {
  it('renders a page once and then answers from memory', async () => {
    const { cache } = listeningCache()
    let renders = 0
    const render = async () => (renders++, publicPage())
    await cache.fill('/campaigns/school', render)
    expect(cache.get('/campaigns/school')?.bodies.identity.toString()).toBe(html)
    expect(renders).toBe(1)
  })

  it('renders once for many requests that miss the same page together', async () => {
    const { cache } = listeningCache()
    let renders = 0
    const render = async () => {
      renders++
      await later()
      return publicPage()
    }
    const pages = await Promise.all(Array.from({ length: 20 }, () => cache.fill('/', render)))
    expect(renders).toBe(1)
    expect(pages.every((page) => !(page instanceof Response))).toBe(true)
  })

  /** A render that reads these collections, as the CMS's read hook notes them. */
  const reading =
    (...slugs: string[]) =>
    async () => {
      await later()
      noteRead(...slugs)
      return publicPage()
    }

  it('drops the pages that read what the CMS announces changed, and only those', async () => {
    const { cache, say } = listeningCache()
    await cache.fill('/', reading('campaigns', 'members'))
    await cache.fill('/campaigns/school', reading('campaigns', 'donations', 'media'))
    await cache.fill('/guests', reading('guests', 'meetings'))
    expect([...cache.get('/')!.reads].sort()).toEqual(['campaigns', 'members'])

    say.onChange(['meetings'])
    expect(cache.get('/guests')).toBeUndefined()
    expect(cache.get('/')).toBeDefined()
    expect(cache.get('/campaigns/school')).toBeDefined()

    say.onChange(['donations', 'campaigns'])
    expect(cache.size).toBe(0)
  })

  it('drops a page that noted no reads with any change (it cannot say what it shows)', async () => {
    const { cache, say } = listeningCache()
    await cache.fill('/about', async () => publicPage())
    say.onChange(['guests'])
    expect(cache.get('/about')).toBeUndefined()
  })

  it('drops every page when it could not hear the CMS', async () => {
    const { cache, say } = listeningCache()
    await cache.fill('/', reading('campaigns'))
    say.onListening(false)
    say.onListening(true)
    expect(cache.size).toBe(0)
  })

  it('does not keep a page whose render began before a change to what it read', async () => {
    const { cache, say } = listeningCache()
    const filling = cache.fill('/', async () => {
      noteRead('campaigns')
      await later()
      return publicPage('<p>before the edit</p>')
    })
    say.onChange(['campaigns'])
    await filling
    expect(cache.get('/')).toBeUndefined()
  })

  it('keeps a page whose render saw only an unrelated change go by', async () => {
    const { cache, say } = listeningCache()
    const filling = cache.fill('/', reading('campaigns'))
    say.onChange(['members'])
    await filling
    expect(cache.get('/')).toBeDefined()
  })

  it('notes the reads of the page itself, not of other renders running beside it', async () => {
    const { cache } = listeningCache()
    await Promise.all([cache.fill('/a', reading('campaigns')), cache.fill('/b', reading('guests'))])
    expect([...cache.get('/a')!.reads]).toEqual(['campaigns'])
    expect([...cache.get('/b')!.reads]).toEqual(['guests'])
  })

  it('keeps and serves nothing while it cannot hear the CMS', async () => {
    const { cache, say } = listeningCache()
    await cache.fill('/', async () => publicPage())
    say.onListening(false)
    expect(cache.isServing).toBe(false)
    expect(cache.get('/')).toBeUndefined()
    const rendered = await cache.fill('/', async () => publicPage())
    expect(rendered).toBeInstanceOf(Response)
    expect(cache.size).toBe(0)
  })

  it('never keeps an error, a private page or one that sets a cookie', async () => {
    const { cache } = listeningCache()
    await cache.fill('/a', async () => publicPage(html, { status: 500 }))
    await cache.fill('/b', async () =>
      publicPage(html, { headers: { 'cache-control': 'private, no-store' } }),
    )
    await cache.fill('/c', async () => publicPage(html, { headers: { 'set-cookie': 'a=b' } }))
    expect(cache.size).toBe(0)
  })

  it('lets the others render for themselves when the shared render fails', async () => {
    const { cache } = listeningCache()
    let renders = 0
    const failing = cache.fill('/', async () => {
      renders++
      await later()
      throw new Error('database down')
    })
    const follower = cache.fill('/', async () => (renders++, publicPage()))
    await expect(failing).rejects.toThrow('database down')
    const own = await follower
    expect(own).toBeInstanceOf(Response)
    expect((own as Response).status).toBe(200)
    expect(renders).toBe(2)
  })
})
