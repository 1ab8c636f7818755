import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { pageCache } from './features/pageCache/pageCache'
import { serveCachedPage } from './features/pageCache/serveCachedPage'
import { securityHeadersFor } from './features/security/securityHeaders'

/**
 * The portal's process: a plain node:http server that answers cached public pages itself and
 * hands everything else to the Astro build (the node adapter's handler: static files, then
 * pages). Astro's request pipeline costs far more than a cached page is worth; a hit never
 * enters it. Started by `npm start` as `node --import tsx portal/src/server.ts`.
 */
type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void

const portalDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.env.ASTRO_NODE_AUTOSTART = 'disabled'
const entry = pathToFileURL(path.join(portalDir, 'dist', 'server', 'entry.mjs')).href
const { handler } = (await import(entry)) as { handler: NodeHandler }

const port = Number(process.env.PORT ?? process.env.PORTAL_PORT ?? 4321)
const host = process.env.HOST ?? process.env.PORTAL_HOST ?? '0.0.0.0'

const securityHeaders = Object.entries(
  securityHeadersFor({
    publicUrl: process.env.PORTAL_PUBLIC_URL,
    stripeApiUrl: process.env.STRIPE_API_URL,
  }),
)

const server = createServer((req, res) => {
  for (const [name, value] of securityHeaders) res.setHeader(name, value)
  if (!serveCachedPage(pageCache, req, res)) handler(req, res)
})
server.listen(port, host, () => console.log(`portal listening on http://${host}:${port}`))

const stop = () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
