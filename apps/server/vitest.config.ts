import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Database tests open real SQLite files and PostgreSQL databases; give them room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
