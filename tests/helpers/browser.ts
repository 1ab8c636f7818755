import fs from 'node:fs'

import { chromium, type Browser } from 'playwright-core'

/** Where a Chromium installed by the system usually lives (Debian's package first). */
const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]

/**
 * The Chromium the tests drive: `CHROMIUM_PATH` when set, else the system's, else the one that
 * ships inside the `@sparticuz/chromium` npm package (unpacked into the temporary folder on first
 * use), so that `npm install && npm test` needs no browser download and no system package.
 */
export const chromiumPath = async (): Promise<string> => {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  const system = SYSTEM_CHROMIUMS.find((candidate) => fs.existsSync(candidate))
  if (system) return system
  const { default: packaged } = await import('@sparticuz/chromium')
  return packaged.executablePath()
}

/** Chromium, headless, with nothing that reaches outside this machine. */
export const launchChromium = async (): Promise<Browser> =>
  chromium.launch({
    executablePath: await chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      // The packaged build runs without the zygote helper process (it is built for containers).
      '--no-zygote',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  })
