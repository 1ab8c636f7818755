import { DEMO_PASSWORD, seedDemoData, type DemoLogin } from '../cms/seed/seedDemoData'
import { ensureDatabase, prepareEnvironment } from './lib/environment'
import { closePayload, openPayload } from './lib/openPayload'

/** Prints the demo logins, one `email / password` a line. */
export const printLogins = (logins: DemoLogin[]) => {
  console.log('\nDemo logins (email / password):')
  for (const login of logins) console.log(`${login.email} / ${DEMO_PASSWORD}   (${login.role})`)
}

/**
 * `npm run seed`: replaces the database's content with the demo fellowship. It wipes data, so it
 * refuses to run with NODE_ENV=production unless given --force.
 */
const main = async () => {
  if (process.env.NODE_ENV === 'production' && !process.argv.includes('--force')) {
    console.error(
      'Refusing to replace data with the demo while NODE_ENV=production. Add --force if you mean it.',
    )
    process.exit(1)
  }
  prepareEnvironment()
  const database = await ensureDatabase()
  const payload = await openPayload()
  const started = Date.now()
  const logins = await seedDemoData(payload)
  console.log(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  printLogins(logins)
  await closePayload(payload)
  await database.stop()
  process.exit(0)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
