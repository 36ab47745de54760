import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'country-kh',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
