import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports application code and never changes once released.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    // The country pack's id for organisations it lists; null for those added here.
    .addColumn('code', 'text', (column) => column.unique())
    .addColumn('name_en', 'text', (column) => column.notNull())
    .addColumn('name_km', 'text')
    .addColumn('acronym', 'text')
    .addColumn('kind', 'text', (column) => column.notNull())
    // Null for international organisations, which belong to no one country.
    .addColumn('country_code', 'text')
    .addColumn('is_platform_operator', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('active'))
    .addColumn('source', 'text', (column) => column.notNull().defaultTo('local'))
    // Demo records are labelled as such everywhere they appear.
    .addColumn('is_demo', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    // Unique so that sign-in by email finds one account; stored lower-cased.
    .addColumn('email', 'text', (column) => column.notNull().unique())
    .addColumn('display_name', 'text', (column) => column.notNull())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull().defaultTo('en'))
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('active'))
    .addColumn('must_change_password', 'integer', (column) => column.notNull().defaultTo(0))
    // Demo accounts have published passwords: outside demo mode they must change them first.
    .addColumn('is_demo', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('totp_secret', 'text')
    .addColumn('totp_pending_secret', 'text')
    .addColumn('totp_enabled_at', 'text')
    // The last accepted TOTP time step: a code at or before it is a replay and is refused.
    .addColumn('totp_last_step', 'bigint')
    .addColumn('password_changed_at', 'text', (column) => column.notNull())
    .addColumn('last_sign_in_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('users_organisation_idx').on('users').column('organisation_id').execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('recovery_codes_user_idx').on('recovery_codes').column('user_id').execute();

  await db.schema
    .createTable('sessions')
    // The SHA-256 of the cookie's token: a copy of this table does not let anyone sign in.
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('csrf_token', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('last_seen_at', 'text', (column) => column.notNull())
    .addColumn('idle_expires_at', 'text', (column) => column.notNull())
    .addColumn('absolute_expires_at', 'text', (column) => column.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_reason', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('auth_throttle')
    // Keyed by account (normalised email, whether or not it exists) and by address.
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('window_started_at', 'text', (column) => column.notNull())
    .addColumn('failures', 'integer', (column) => column.notNull())
    .addColumn('blocked_until', 'text')
    .execute();

  await db.schema
    .createTable('audit_events')
    // Assigned by the writer under a lock, so the chain has no gaps and no forks.
    .addColumn('seq', 'bigint', (column) => column.primaryKey())
    .addColumn('id', 'text', (column) => column.notNull().unique())
    .addColumn('occurred_at', 'text', (column) => column.notNull())
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_organisation_id', 'text')
    .addColumn('resource_type', 'text')
    .addColumn('resource_id', 'text')
    .addColumn('changed_fields', 'text', (column) => column.notNull())
    .addColumn('details', 'text', (column) => column.notNull())
    .addColumn('request_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('prev_hash', 'text', (column) => column.notNull())
    .addColumn('hash', 'text', (column) => column.notNull())
    .execute();
  // The administrators' filters: by action, by actor, by record, by time.
  await db.schema.createIndex('audit_events_action_idx').on('audit_events').columns(['action', 'seq']).execute();
  await db.schema.createIndex('audit_events_actor_idx').on('audit_events').columns(['actor_user_id', 'seq']).execute();
  await db.schema.createIndex('audit_events_resource_idx').on('audit_events').columns(['resource_type', 'resource_id']).execute();
  await db.schema.createIndex('audit_events_time_idx').on('audit_events').column('occurred_at').execute();

  await db.schema
    .createTable('audit_anchor')
    // One row: the head of the chain, keyed, so that cutting off the newest events is detected.
    .addColumn('id', 'integer', (column) => column.primaryKey())
    .addColumn('seq', 'bigint', (column) => column.notNull())
    .addColumn('hash', 'text', (column) => column.notNull())
    .addColumn('mac', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('key_ring')
    .addColumn('purpose', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('wrapped_key', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('retired_at', 'text')
    .addPrimaryKeyConstraint('key_ring_pk', ['purpose', 'version'])
    .execute();

  await db.schema
    .createTable('system_settings')
    // Facts about this installation, such as whether the demo data set was ever loaded.
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('value', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  // The audit trail is append-only for the application's own database user. Someone with the
  // power to drop these triggers can still edit rows; the keyed hash chain catches that.
  if (isPostgres(db)) {
    await sql`create function ctip_refuse_audit_change() returns trigger language plpgsql as $$
      begin raise exception 'audit_events is append-only'; end $$`.execute(db);
    await sql`create trigger audit_events_append_only before update or delete on audit_events
      for each row execute function ctip_refuse_audit_change()`.execute(db);
    await sql`create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function ctip_refuse_audit_change()`.execute(db);
  } else {
    await sql`create trigger audit_events_no_update before update on audit_events
      begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
    await sql`create trigger audit_events_no_delete before delete on audit_events
      begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['system_settings', 'key_ring', 'audit_anchor', 'audit_events', 'auth_throttle', 'sessions', 'recovery_codes', 'user_roles', 'users', 'organisations']) {
    await db.schema.dropTable(table).execute();
  }
  if (isPostgres(db)) await sql`drop function if exists ctip_refuse_audit_change()`.execute(db);
}
