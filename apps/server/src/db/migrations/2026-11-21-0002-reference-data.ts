import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code and never changes once released.

export async function up(db: Kysely<any>): Promise<void> {
  // Provinces and countries are what records point at (home province, nationality, route
  // legs); they get tables of their own so that foreign keys can hold those references.
  await db.schema
    .createTable('provinces')
    .addColumn('code', 'text', (column) => column.primaryKey())
    .addColumn('name_en', 'text', (column) => column.notNull())
    .addColumn('name_km', 'text', (column) => column.notNull())
    .addColumn('latitude', 'double precision', (column) => column.notNull())
    .addColumn('longitude', 'double precision', (column) => column.notNull())
    .addColumn('data', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('countries')
    .addColumn('code', 'text', (column) => column.primaryKey())
    .addColumn('alpha3', 'text', (column) => column.notNull())
    .addColumn('name_en', 'text', (column) => column.notNull())
    .addColumn('name_km', 'text', (column) => column.notNull())
    .addColumn('data', 'text', (column) => column.notNull())
    .execute();

  // Everything else in the country pack is read, never pointed at: one table of documents.
  await db.schema
    .createTable('reference_items')
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('sort_key', 'text', (column) => column.notNull())
    // For filtering statistics by indicator without reading every document.
    .addColumn('indicator', 'text')
    .addColumn('search_text', 'text', (column) => column.notNull())
    .addColumn('data', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('reference_items_pk', ['kind', 'id'])
    .execute();
  await db.schema.createIndex('reference_items_indicator_idx').on('reference_items').columns(['kind', 'indicator']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reference_items').execute();
  await db.schema.dropTable('countries').execute();
  await db.schema.dropTable('provinces').execute();
}
