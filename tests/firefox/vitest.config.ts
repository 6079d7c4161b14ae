import { defineConfig } from 'vitest/config';

/** Real Firefox tests: one browser at a time, generous timeouts for its start. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
