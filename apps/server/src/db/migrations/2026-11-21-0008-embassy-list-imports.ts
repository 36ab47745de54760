import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code and never changes once released.
// Columns marked (enc) hold field-encrypted envelopes.

export async function up(db: Kysely<any>): Promise<void> {
  // The import framework serves more than case registers: an embassy's list of its nationals
  // becomes one intake report. Jobs of each kind are reached through their own routes and
  // permission, so a job's kind is stored with it; every existing job imported cases.
  await db.schema.alterTable('case_import_jobs').addColumn('kind', 'text', (column) => column.notNull().defaultTo('case')).execute();
  // Open jobs are counted per organisation and kind (each holds a file and its rows in memory).
  await db.schema.createIndex('case_import_jobs_organisation_kind_idx').on('case_import_jobs').columns(['organisation_id', 'kind', 'status']).execute();

  // What a list gives about a person besides names and contacts: date of birth, passport, last
  // known location or site, notes (enc, JSON). Null when the report gave none.
  await db.schema.alterTable('report_people').addColumn('details', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('report_people').dropColumn('details').execute();
  await db.schema.dropIndex('case_import_jobs_organisation_kind_idx').execute();
  await db.schema.alterTable('case_import_jobs').dropColumn('kind').execute();
}
