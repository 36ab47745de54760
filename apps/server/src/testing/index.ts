/** Test helpers shared with other workspaces' tests (CLI, browser tests). Never used at run time. */
export { createTestDatabase, dialectsUnderTest, type TestDatabase } from './test-database';
export { createTestContext, TEST_PASSWORD, type TestContext } from './test-context';
export { HttpAgent } from './http-agent';
