import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// Browser tests: a real server in-process and Debian's Chromium through playwright-core. They
// need apps/web/dist (npm run build:web). One file at a time, generous timeouts, and no retries,
// so a flaky journey fails instead of hiding.
export default defineProject({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    retry: 0,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
