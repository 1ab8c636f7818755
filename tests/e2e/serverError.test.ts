import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

const portal = inject('portalUrl')
let db: pg.Client

beforeAll(async () => {
  db = new pg.Client(process.env.DATABASE_URL)
  await db.connect()
})

afterAll(async () => {
  await db?.query(`ALTER TABLE IF EXISTS campaigns_moved_away RENAME TO campaigns`)
  await db?.end()
})

describe('when a page fails', () => {
  it('answers 500 with an error page in the visitor’s language, revealing nothing, and recovers', async () => {
    // A real fault in the portal's database reads: the table it needs is gone for a moment.
    await db.query(`ALTER TABLE campaigns RENAME TO campaigns_moved_away`)
    try {
      const english = await fetch(`${portal}/en/campaigns/?year=1999`)
      expect(english.status).toBe(500)
      expect(english.headers.get('cache-control')).toBe('private, no-store')
      const page = await english.text()
      expect(page).toContain('Something went wrong on our side')
      expect(page).toContain('dir="ltr"')
      expect(page).not.toMatch(/campaigns_moved_away|relation|stack|at \//i)

      const arabic = await fetch(`${portal}/campaigns/?year=1999`)
      expect(arabic.status).toBe(500)
      expect(await arabic.text()).toContain('حدث خطأ من جهتنا')
    } finally {
      await db.query(`ALTER TABLE campaigns_moved_away RENAME TO campaigns`)
    }
    const recovered = await fetch(`${portal}/en/campaigns/?year=1999`)
    expect(recovered.status).toBe(200)
  })
})
