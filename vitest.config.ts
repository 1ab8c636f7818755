import { BaseSequencer, type TestSpecification } from 'vitest/node'
import { defineConfig } from 'vitest/config'

/**
 * The browser tests share one running product; the journeys change the month as a person would
 * (the meeting held, a committee dissolved), so they come after the suites that read the demo
 * as it was seeded.
 */
class JourneysLast extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files)
    const isJourney = (file: TestSpecification) => file.moduleId.endsWith('journeys.test.ts')
    return [...sorted.filter((file) => !isJourney(file)), ...sorted.filter(isJourney)]
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: JourneysLast },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          // One real PostgreSQL for the run; files share it, so they run one after another.
          // (Two at a time, each on a database of its own, was measured no faster on two cores.)
          globalSetup: ['tests/helpers/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // The product started by `npm start` on a fresh data folder, once for every browser test.
          globalSetup: ['tests/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          // The long fault tests (a database restarted, processes killed): `npm run test:faults`.
          name: 'faults',
          include: ['tests/faults/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'smoke',
          include: ['tests/smoke/**/*.test.ts'],
          environment: 'node',
          // Each starts the product; two at once would build it twice in the same folders.
          fileParallelism: false,
          testTimeout: 420_000,
        },
      },
    ],
  },
})
