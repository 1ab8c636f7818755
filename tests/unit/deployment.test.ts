import fs from 'node:fs'

import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

interface Compose {
  services: Record<
    string,
    { image?: string; build?: unknown; environment?: Record<string, string>; command?: string }
  >
  volumes: Record<string, unknown>
}

// Merge keys (<<) as Docker Compose reads them.
const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as Compose
const readme = fs.readFileSync('README.md', 'utf8')

describe('docker-compose.yml', () => {
  it('runs PostgreSQL 17 with a volume, the CMS and the portal from the repo, and an SMTP catcher', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'db', 'mail', 'portal'])
    expect(compose.services.db!.image).toBe('postgres:17')
    expect(compose.services.cms!.build).toBe('.')
    expect(compose.services.portal!.image).toBe(compose.services.cms!.image)
    expect(compose.services.cms!.command).toContain('npm run migrate')
    expect(Object.keys(compose.volumes)).toContain('pgdata')
  })

  it('gives the CMS and the portal the same database, secret and mail server', () => {
    const { cms, portal } = compose.services
    for (const name of ['DATABASE_URL', 'PAYLOAD_SECRET', 'SMTP_URL']) {
      expect(portal!.environment![name]).toBe(cms!.environment![name])
    }
    expect(cms!.environment!.SMTP_URL).toBe('smtp://mail:1025')
  })

  it('uses only settings the README documents', () => {
    const used = new Set(
      Object.values(compose.services).flatMap((service) => Object.keys(service.environment ?? {})),
    )
    const ownSettings = [...used].filter(
      (name) => !name.startsWith('POSTGRES_') && name !== 'PORT' && name !== 'HOST',
    )
    for (const name of ownSettings) expect(readme, name).toContain(`\`${name}\``)
  })
})
