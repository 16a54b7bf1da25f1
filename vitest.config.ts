import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit and golden tests only; browser e2e specs (e2e/) run under Playwright.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    pool: 'threads',
  },
});
