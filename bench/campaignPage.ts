import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../scripts/lib/freePort'
import { stopProcess, waitForHttp } from '../scripts/lib/processes'
import { startRestServerProcess } from '../tests/helpers/restServerChild'
import { loadTest } from './lib/loadTest'
import { rawGet } from './lib/rawGet'
import type { Report } from './lib/report'

const BROWSER = { 'accept-encoding': 'gzip, deflate, br' }
const CONNECTIONS = [10, 50, 200]

/** Asks for a page until it comes from the page cache (the portal hears the CMS asynchronously). */
const warm = async (url: string) => {
  for (let tries = 0; tries < 100; tries++) {
    const response = await rawGet(url, BROWSER)
    if (response.headers['x-cache'] === 'hit') return response
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url} never came from the page cache`)
}

/**
 * The public campaign page under load, served by the portal (from its page cache), beside a
 * plain node:http server sending the same bytes from memory (the ceiling on this machine), beside
 * Payload's REST API asked for the same campaign (what a team would use without the portal's
 * cache), and beside the same page rendered for every request (what the cache saves). Also the
 * page weights.
 */
export const benchCampaignPage = async (options: {
  portalUrl: string
  slug: string
  seconds: number
  report: Report
  env: NodeJS.ProcessEnv
}) => {
  const { portalUrl, slug, seconds, report, env } = options
  const pageUrl = `${portalUrl}/campaigns/${encodeURIComponent(slug)}/`

  for (const [name, url] of [
    ['home', `${portalUrl}/`],
    ['campaign_page', pageUrl],
  ] as const) {
    const page = await warm(url)
    report.add(`${name}_html_br_bytes`, page.body.length, 'B')
    report.add(
      `${name}_html_gzip_bytes`,
      (await rawGet(url, { 'accept-encoding': 'gzip' })).body.length,
      'B',
    )
    report.add(`${name}_html_bytes`, (await rawGet(url)).body.length, 'B')
  }

  const page = await warm(pageUrl)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazaa-bench-'))
  const bodyFile = path.join(dir, 'page.br')
  fs.writeFileSync(bodyFile, page.body)
  const sameHeaders = Object.fromEntries(
    ['content-type', 'content-encoding', 'content-length', 'etag', 'vary', 'cache-control'].map(
      (name) => [name, String(page.headers[name])],
    ),
  )
  const port = await freePort()
  const plain = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'lib', 'plainServer.ts'),
      String(port),
      bodyFile,
      JSON.stringify(sameHeaders),
    ],
    { stdio: 'ignore' },
  )
  const plainUrl = `http://127.0.0.1:${port}/`
  await waitForHttp(plainUrl, 30_000)
  // Payload's REST API asked for the same campaign (with its relations, as the page shows them).
  const { base: restBase, child: rest } = await startRestServerProcess(env)
  const restUrl = `${restBase}/campaigns?where[slug][equals]=${encodeURIComponent(slug)}&depth=1&limit=1`
  const restBody = await (await fetch(restUrl)).json()
  if ((restBody as { totalDocs?: number }).totalDocs !== 1)
    throw new Error('REST did not find the campaign')
  try {
    for (const connections of CONNECTIONS) {
      const ceiling = await loadTest(plainUrl, { connections, seconds, headers: BROWSER })
      const cached = await loadTest(pageUrl, { connections, seconds, headers: BROWSER })
      const viaRest = await loadTest(restUrl, { connections, seconds, headers: BROWSER })
      const at = `c${connections}`
      report.add(`payload_rest_${at}_rps`, Math.round(viaRest.requestsPerSecond), 'req/s')
      report.add(`payload_rest_${at}_p99_ms`, viaRest.p99, 'ms')
      report.add(`payload_rest_${at}_failures`, viaRest.failures)
      report.add(
        `campaign_page_${at}_ratio_to_rest`,
        cached.requestsPerSecond / viaRest.requestsPerSecond,
      )
      report.add(`campaign_page_${at}_rps`, Math.round(cached.requestsPerSecond), 'req/s')
      report.add(`campaign_page_${at}_p50_ms`, cached.p50, 'ms')
      report.add(`campaign_page_${at}_p99_ms`, cached.p99, 'ms')
      report.add(`campaign_page_${at}_failures`, cached.failures)
      report.add(`plain_node_http_${at}_rps`, Math.round(ceiling.requestsPerSecond), 'req/s')
      report.add(`plain_node_http_${at}_p99_ms`, ceiling.p99, 'ms')
      report.add(
        `campaign_page_${at}_ratio_to_plain`,
        cached.requestsPerSecond / ceiling.requestsPerSecond,
      )
    }
    // A signed-in member's request skips the cache: the cost of rendering every view.
    const rendered = await loadTest(pageUrl, {
      connections: 50,
      seconds,
      headers: { ...BROWSER, cookie: 'payload-token=bench' },
    })
    report.add('campaign_page_uncached_c50_rps', Math.round(rendered.requestsPerSecond), 'req/s')
    report.add('campaign_page_uncached_c50_p99_ms', rendered.p99, 'ms')
  } finally {
    await stopProcess(rest)
    await stopProcess(plain)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
