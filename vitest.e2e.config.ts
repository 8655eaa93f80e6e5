import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** The end-to-end suite: the built extension in real Chromium. One file at a time (each starts its own browser). */
export default defineConfig({
  // The same `@/` root as the unit tests (WXT's alias), so the end-to-end files import as every other test does.
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
