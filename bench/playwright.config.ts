import { defineConfig } from '@playwright/test';

// `npm run bench`: timings are measured and written to bench/results.md, never asserted.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
  outputDir: '../test-results/bench',
});
