import { defineConfig } from 'vitest/config';

// Unit (src/domain) and integration (src/server, src/cli) tests. Browser journeys live in tests/e2e (Playwright).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { TZ: 'Asia/Jakarta' },
    // One migrated PGlite dumped once and loaded by each test file (src/server/testing/pglite-template.ts).
    globalSetup: ['src/server/testing/pglite-template.ts'],
  },
});
