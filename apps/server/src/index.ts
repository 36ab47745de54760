/**
 * What the CLI and the tests use of the server: configuration, start-up, and the use cases
 * behind administrative commands.
 */
export { buildApp, type AppDeps } from './app';
export { systemAuditContext } from './audit/audit-events';
export { verifyAuditChain } from './audit/audit-verify';
export { boot, masterKeyOf, type Booted } from './boot';
export { ConfigError, loadConfig, type Config } from './config';
export { SQLITE_FILE_NAME } from './db/database';
export { BackupError, createBackup, restoreBackup } from './maintenance/backup';
export { differingTables, fingerprintTables } from './maintenance/compare-databases';
export { rotateFieldKey, rotateMasterKey } from './maintenance/rotate-keys';
export { createUser, resetPassword, setUserStatus } from './modules/users/use-cases/manage-users';
export { findUserByEmail } from './modules/users/users.repository';
export { startLinkageRun } from './modules/linkage/use-cases/run-linkage';
export { findRun as findLinkageRun } from './modules/linkage/linkage.repository';
export { BoundaryFileError, importProvinceBoundaries, readBoundaryFile } from './modules/geo/use-cases/import-boundaries';
export { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, seedDemoData } from './seed/demo-data';
export { ensurePlatformOperator } from './seed/platform-operator';
export { syncReferenceData } from './seed/reference-data';
export { startServer, DEFAULT_WEB_ROOT, type RunningServer } from './server';
export type { Services } from './services';
