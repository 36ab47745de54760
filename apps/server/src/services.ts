import type { Kysely, Transaction } from 'kysely';
import type { Config } from './config';
import type { KeyRing } from './crypto/key-ring';
import type { DialectHelpers } from './db/dialect';
import type { Database } from './db/schema';
import { writeAuditEvent } from './audit/audit-writer';
import type { AuditContext, AuditEventInput } from './audit/audit-events';

/**
 * What use cases run against: the database, the keys, the configuration and a clock (injected,
 * so that timeouts and retention can be tested without waiting).
 */
export interface Services {
  db: Kysely<Database>;
  dialect: DialectHelpers;
  keyRing: KeyRing;
  config: Config;
  /** Keys session tokens and throttle keys; generated into the data directory when not given. */
  sessionSecret: Buffer;
  now(): Date;
}

/** A transaction, or the database itself for reads that need none. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** Runs work in one transaction: its writes and its audit events commit together or not at all. */
export function inTransaction<T>(services: Services, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return services.db.transaction().execute(work);
}

/** Appends an audit event inside the given transaction (see audit/audit-writer.ts). */
export function audit(services: Services, trx: Executor, context: AuditContext | null | undefined, event: AuditEventInput): Promise<void> {
  return writeAuditEvent(trx, { dialect: services.dialect, keyRing: services.keyRing, now: () => services.now() }, context, event);
}
