import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

export default defineConfig({
  output: 'server',
  // One request fewer on a slow line: the stylesheet (about 2 KB compressed) travels in the page.
  build: { inlineStylesheets: 'always' },
  adapter: node({ mode: 'standalone' }),
  server: {
    port: Number(process.env.PORTAL_PORT ?? 4321),
    host: process.env.PORTAL_HOST ?? '0.0.0.0',
  },
  security: { checkOrigin: true },
  vite: {
    // Every script as a file of this site, never inline: the Content-Security-Policy can then say
    // `script-src 'self'` (features/security/securityHeaders.ts). Cached for a year, so the
    // request is paid once.
    build: { assetsInlineLimit: 0 },
    // Payload and its database driver run as ordinary Node packages, never bundled.
    ssr: {
      external: [
        'payload',
        '@payloadcms/db-postgres',
        '@payloadcms/richtext-lexical',
        'sharp',
        'pg',
      ],
    },
  },
})
