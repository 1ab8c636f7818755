import path from 'node:path'

import { prepareEnvironment, ROOT } from './lib/environment'
import { runToEnd } from './lib/processes'

/** `npm run build`: the admin panel (Next.js) and the portal (Astro), for production. */
prepareEnvironment()
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' as const }
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)
await runToEnd(bin('next'), ['build'], { cwd: path.join(ROOT, 'cms'), env })
await runToEnd(bin('astro'), ['build'], { cwd: path.join(ROOT, 'portal'), env })
