import { createRequire } from 'node:module'
import fs from 'node:fs'

import pg from 'pg'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from '../helpers/browser'

const portal = inject('portalUrl')
const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)
let browser: Browser
let campaignSlug: string

beforeAll(async () => {
  browser = await launchChromium()
  const db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
  campaignSlug = (
    await db.query<{ slug: string }>(`SELECT slug FROM campaigns WHERE month LIKE '%-07' LIMIT 1`)
  ).rows[0]!.slug
  await db.end()
})

afterAll(() => browser?.close())

const PAGES = () => [
  '/',
  '/campaigns/',
  `/campaigns/${campaignSlug}/`,
  '/meetings/',
  '/guests/',
  '/transparency/',
  '/about/',
  '/join/',
  '/no-such-page',
]

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

describe('accessibility (axe-core in Chromium)', () => {
  for (const locale of ['ar', 'en']) {
    it(`finds no serious or critical violation on any page in ${locale}`, async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 780 } })
      const found: string[] = []
      for (const path of PAGES()) {
        await page.goto(`${portal}${locale === 'en' ? '/en' : ''}${path}`)
        await page.addScriptTag({ content: axeSource })
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }
          ).axe
          return (await axe.run()).violations
        })
        for (const violation of violations as AxeViolation[]) {
          if (violation.impact === 'serious' || violation.impact === 'critical') {
            found.push(
              `${path}: ${violation.id} (${violation.help}) at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            )
          }
        }
      }
      await page.close()
      expect(found).toEqual([])
    })
  }
})
