import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code and never changes once released.

export async function up(db: Kysely<any>): Promise<void> {
  // Trained linkage models. The model is encrypted: its term-frequency tables hold real names.
  await db.schema
    .createTable('linkage_models')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('version', 'integer', (column) => column.notNull().unique())
    .addColumn('model', 'text', (column) => column.notNull()) // (enc)
    .addColumn('parameters', 'text', (column) => column.notNull()) // m, u and weights per level: no names
    .addColumn('records', 'integer', (column) => column.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('linkage_runs')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('status', 'text', (column) => column.notNull()) // running | completed | failed
    .addColumn('phase', 'text')
    .addColumn('done', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('total', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('model_id', 'text', (column) => column.references('linkage_models.id'))
    .addColumn('persons', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('scored_pairs', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('candidates', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('started_by', 'text')
    .addColumn('started_at', 'text', (column) => column.notNull())
    .addColumn('finished_at', 'text')
    .execute();

  // The review queue: pairs of person records the model thinks may be the same person.
  await db.schema
    .createTable('linkage_candidates')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('run_id', 'text', (column) => column.notNull().references('linkage_runs.id'))
    .addColumn('person_a', 'text', (column) => column.notNull().references('persons.id'))
    .addColumn('person_b', 'text', (column) => column.notNull().references('persons.id'))
    .addColumn('probability', 'double precision', (column) => column.notNull())
    .addColumn('weight', 'double precision', (column) => column.notNull())
    .addColumn('contributions', 'text', (column) => column.notNull()) // (enc): values compared are names
    .addColumn('status', 'text', (column) => column.notNull()) // pending | confirmed | rejected | superseded
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  // The queue is read by status, strongest first; a pair is looked up to skip rejected ones.
  await db.schema.createIndex('linkage_candidates_status_idx').on('linkage_candidates').columns(['status', 'probability']).execute();
  await db.schema.createIndex('linkage_candidates_pair_idx').on('linkage_candidates').columns(['person_a', 'person_b']).execute();

  // Confirmed matches, never deleted: undoing one marks it undone. Clusters are the connected
  // components of the matches that stand, so any merge can be undone exactly.
  await db.schema
    .createTable('person_matches')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('person_a', 'text', (column) => column.notNull().references('persons.id'))
    .addColumn('person_b', 'text', (column) => column.notNull().references('persons.id'))
    .addColumn('candidate_id', 'text', (column) => column.references('linkage_candidates.id'))
    .addColumn('probability', 'double precision')
    .addColumn('confirmed_by', 'text', (column) => column.notNull())
    .addColumn('confirmed_at', 'text', (column) => column.notNull())
    .addColumn('undone_by', 'text')
    .addColumn('undone_at', 'text')
    .execute();
  await db.schema.createIndex('person_matches_a_idx').on('person_matches').column('person_a').execute();
  await db.schema.createIndex('person_matches_b_idx').on('person_matches').column('person_b').execute();

  // The cluster (the one human being) each person record belongs to: the smallest person id of
  // its component. Kept current on every confirm and undo; lists and estimates read it.
  await db.schema.alterTable('persons').addColumn('cluster_id', 'text').execute();
  await db.updateTable('persons').set({ cluster_id: (eb: any) => eb.ref('id') }).execute();
  await db.schema.createIndex('persons_cluster_idx').on('persons').column('cluster_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('persons_cluster_idx').execute();
  await db.schema.alterTable('persons').dropColumn('cluster_id').execute();
  for (const table of ['person_matches', 'linkage_candidates', 'linkage_runs', 'linkage_models']) await db.schema.dropTable(table).execute();
}
