import { createRequire } from 'node:module'
import fs from 'node:fs'

import type { Page } from 'playwright-core'

const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * Every serious or critical axe-core violation on the page as it is now, one line each; within
 * `within` (a CSS selector) when given: the parts of a screen that are ours. Elements whose
 * selector `elsewhere` matches (a library's own markup, known and reported there) are left out.
 */
export const seriousViolations = async (
  page: Page,
  where: string,
  within?: string,
  elsewhere?: RegExp,
): Promise<string[]> => {
  // Evaluated by the test, not added as a <script>: the pages' policies refuse inline scripts.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async (context) => {
    const axe = (
      window as unknown as {
        axe: { run: (context?: unknown) => Promise<{ violations: unknown[] }> }
      }
    ).axe
    return (await (context ? axe.run(context) : axe.run())).violations
  }, within)
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !elsewhere?.test(node.target.join(' '))),
    }))
    .filter((violation) => violation.nodes.length > 0)
    .map(
      (violation) =>
        `${where}: ${violation.id} (${violation.help}) at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
}
