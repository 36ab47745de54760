import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'estimation',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
