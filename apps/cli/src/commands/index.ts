import type { Command } from '../command';

/** A command and how to load it; commands load lazily so `ctip estimate` never opens a database. */
export interface CommandEntry {
  name: string[];
  summary: string;
  load(): Promise<Command>;
}

/** Every `ctip` command. */
export const COMMANDS: CommandEntry[] = [
  { name: ['serve'], summary: 'Start the web server', load: async () => (await import('./serve')).serveCommand },
  { name: ['migrate'], summary: 'Apply database migrations', load: async () => (await import('./migrate')).migrateCommand },
  { name: ['seed'], summary: 'Load reference data, and with --demo the demo data set', load: async () => (await import('./seed')).seedCommand },
  { name: ['user', 'add'], summary: 'Create an account', load: async () => (await import('./user')).userAddCommand },
  { name: ['user', 'reset-password'], summary: "Reset an account's password", load: async () => (await import('./user')).userResetPasswordCommand },
  { name: ['user', 'disable'], summary: 'Disable an account', load: async () => (await import('./user')).userDisableCommand },
  { name: ['audit', 'verify'], summary: 'Verify the audit trail', load: async () => (await import('./audit-verify')).auditVerifyCommand },
  { name: ['keys', 'rotate'], summary: 'Rotate encryption keys', load: async () => (await import('./keys-rotate')).keysRotateCommand },
  { name: ['backup'], summary: 'Back up the database', load: async () => (await import('./backup')).backupCommand },
  { name: ['restore'], summary: 'Restore a backup', load: async () => (await import('./backup')).restoreCommand },
  { name: ['link'], summary: 'Find the same person across organisations (fills the review queue)', load: async () => (await import('./link')).linkCommand },
  { name: ['geo', 'import'], summary: 'Load province boundaries (GeoJSON) for the map', load: async () => (await import('./geo-import')).geoImportCommand },
  { name: ['estimate'], summary: 'Estimate a hidden population from list overlaps (no database needed)', load: async () => (await import('./estimate')).estimateCommand },
];
