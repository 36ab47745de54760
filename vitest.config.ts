import { defineConfig } from 'vitest/config';

// One run covers every workspace; each has its own vitest.config.ts (its "project").
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/server', 'apps/cli', 'apps/web'],
  },
});
