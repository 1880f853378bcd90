import { defineConfig } from 'vitest/config';

/**
 * Two projects that split the one set of test files (no include at the root: `extends: true` would add it
 * to each project's own): `unit` (test/unit, pure and quick: no server, no database, no long property
 * runs — those are in test/property) and `integration` (everything else). `npm test` runs both, as one run, each file in a forked process of its own.
 * `npm run test:unit` runs `unit` alone, on worker threads without per-file isolation
 * (`--pool threads --no-isolate`: a pure suite holds no state a later file could see), in a few seconds.
 * Timeouts and the pool are set once here and inherited by both (`extends: true`); reporters are the run's.
 */
const ALL = 'test/**/*.test.ts';
const UNIT = 'test/unit/**/*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: [UNIT] } },
      { extends: true, test: { name: 'integration', include: [ALL], exclude: [UNIT] } },
    ],
  },
});
