import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code and never changes once released.
// Columns marked (enc) hold field-encrypted envelopes.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

export async function up(db: Kysely<any>): Promise<void> {
  // An import of a legacy case spreadsheet: its progress, mapping and report. Reports name rows,
  // columns and problems, never what a cell holds.
  await db.schema
    .createTable('case_import_jobs')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('created_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('format', 'text', (column) => column.notNull())
    .addColumn('size_bytes', 'integer', (column) => column.notNull())
    .addColumn('rows_total', 'integer', (column) => column.notNull())
    .addColumn('rows_done', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('header_row', 'integer', (column) => column.notNull())
    // Column headers and proposals (enc): a sheet without a header row has names in its first row.
    .addColumn('columns', 'text', (column) => column.notNull())
    .addColumn('mapping', 'text')
    .addColumn('report', 'text')
    .addColumn('result', 'text')
    .addColumn('failure', 'text')
    .addColumn('committed_by', 'text', (column) => column.references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  // The sweeper deletes uploaded files an hour after upload: it looks jobs up by expiry.
  await db.schema.createIndex('case_import_jobs_expires_idx').on('case_import_jobs').column('expires_at').execute();

  // The uploaded file itself, sealed (enc, binary) and bound to its job; the row is deleted when
  // the job ends or expires, so identifying data does not linger.
  await db.schema
    .createTable('case_import_files')
    .addColumn('job_id', 'text', (column) => column.primaryKey().references('case_import_jobs.id').onDelete('cascade'))
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  // An import refuses a row whose MoSVY, Primero or OSCaR number is already on a case, checking
  // every row inside the commit; without these each check would read every case.
  await db.schema.createIndex('cases_mosvy_case_number_idx').on('cases').column('mosvy_case_number').execute();
  await db.schema.createIndex('cases_primero_id_idx').on('cases').column('primero_id').execute();
  await db.schema.createIndex('cases_oscar_id_idx').on('cases').column('oscar_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_oscar_id_idx').execute();
  await db.schema.dropIndex('cases_primero_id_idx').execute();
  await db.schema.dropIndex('cases_mosvy_case_number_idx').execute();
  await db.schema.dropTable('case_import_files').execute();
  await db.schema.dropTable('case_import_jobs').execute();
}
