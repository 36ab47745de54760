import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'linkage',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
