import { defineProject } from 'vitest/config';

// Unit tests of the web app's pure logic (no DOM is installed): i18n completeness, the API
// client's error parsing, form error mapping, navigation rules.
export default defineProject({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
