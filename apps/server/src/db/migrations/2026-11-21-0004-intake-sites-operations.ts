import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code and never changes once released.
// Columns marked (enc) hold field-encrypted envelopes; (bi) keyed blind indexes.
// Reports hold reporters' identities, which are as sensitive as victims'.

export async function up(db: Kysely<any>): Promise<void> {
  // Sites are places, not people: their names, aliases and operators are plain text, searchable.
  await db.schema
    .createTable('sites')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('province_code', 'text', (column) => column.notNull().references('provinces.code'))
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('address', 'text')
    .addColumn('description', 'text', (column) => column.notNull())
    // Copies of the latest status entry and of the earliest date, kept with every entry written,
    // so that lists, filters and the map need no aggregate over the history.
    .addColumn('current_status', 'text', (column) => column.notNull())
    .addColumn('current_status_on', 'text', (column) => column.notNull())
    .addColumn('first_recorded_on', 'text', (column) => column.notNull())
    .addColumn('is_published', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text', (column) => column.references('users.id'))
    .addColumn('created_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_by_organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('is_demo', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  // The map and the registry filter sites by province and status.
  await db.schema.createIndex('sites_province_status_idx').on('sites').columns(['province_code', 'current_status']).execute();
  // The registry's default order (recently changed first).
  await db.schema.createIndex('sites_updated_idx').on('sites').column('updated_at').execute();
  // The public portal lists published sites only.
  await db.schema.createIndex('sites_published_idx').on('sites').columns(['is_published', 'name']).execute();

  // Every name a site is known by (its name first, then aliases), for search.
  await db.schema
    .createTable('site_names')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('site_id', 'text', (column) => column.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull()) // name | alias
    .addColumn('name', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('site_names_site_idx').on('site_names').column('site_id').execute();

  await db.schema
    .createTable('site_operators')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('site_id', 'text', (column) => column.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('registration', 'text')
    .execute();
  await db.schema.createIndex('site_operators_site_idx').on('site_operators').column('site_id').execute();

  await db.schema
    .createTable('report_number_counters')
    .addColumn('year', 'integer', (column) => column.primaryKey())
    .addColumn('next', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('reference', 'text', (column) => column.notNull().unique())
    .addColumn('owner_organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('recorded_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('received_at', 'text', (column) => column.notNull())
    .addColumn('reporter_anonymous', 'integer', (column) => column.notNull())
    .addColumn('reporter_name', 'text') // (enc)
    .addColumn('reporter_contact', 'text') // (enc) {kind, value}
    .addColumn('reporter_relationship', 'text')
    .addColumn('do_not_call_back', 'integer', (column) => column.notNull())
    .addColumn('people_count', 'integer')
    // Nationalities of the people concerned (codes, JSON), copied for lists without decryption.
    .addColumn('people_nationalities', 'text', (column) => column.notNull())
    .addColumn('site_id', 'text', (column) => column.references('sites.id'))
    .addColumn('province_code', 'text', (column) => column.references('provinces.code'))
    .addColumn('place_detail', 'text') // (enc)
    .addColumn('allegation', 'text', (column) => column.notNull()) // (enc)
    .addColumn('allegation_types', 'text', (column) => column.notNull())
    .addColumn('urgency', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    // 1 while the report waits for a response (new, triaged, assigned): the queue's filter.
    .addColumn('is_open', 'integer', (column) => column.notNull())
    .addColumn('closure_reason', 'text')
    .addColumn('assigned_user_id', 'text', (column) => column.references('users.id'))
    .addColumn('assigned_organisation_id', 'text', (column) => column.references('organisations.id'))
    .addColumn('due_at', 'text', (column) => column.notNull())
    .addColumn('is_demo', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  // The intake queue: an organisation's open reports in order of time left (then id, the
  // tie-break). Urgency and assignee are carried too, so the queue, its urgency filter and the
  // "mine" view read and count this index alone, and only the page's rows are fetched
  // (bench/intake: 200,000 reports; without them, filtering by urgency fetched every open report).
  await db.schema.createIndex('reports_queue_idx').on('reports').columns(['owner_organisation_id', 'is_open', 'due_at', 'id', 'urgency', 'assigned_user_id']).execute();
  // The report list, newest first, within an organisation (with the id, for the same reason).
  await db.schema.createIndex('reports_owner_received_idx').on('reports').columns(['owner_organisation_id', 'received_at', 'id']).execute();
  // Reports about a site: duplicate suggestions, site report counts and pattern detection.
  await db.schema.createIndex('reports_site_received_idx').on('reports').columns(['site_id', 'received_at']).execute();
  // Same place and time (duplicates) and the map's counts per province over a period.
  await db.schema.createIndex('reports_province_received_idx').on('reports').columns(['province_code', 'received_at']).execute();

  // The people a report concerns: names and contacts encrypted; nationality, age and sex plain (statistics).
  await db.schema
    .createTable('report_people')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('report_id', 'text', (column) => column.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('names', 'text', (column) => column.notNull()) // (enc) [{script, full}]
    .addColumn('contacts', 'text', (column) => column.notNull()) // (enc) [{kind, value}]
    .addColumn('nationality', 'text')
    .addColumn('age', 'integer')
    .addColumn('sex', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('report_people_report_idx').on('report_people').column('report_id').execute();

  // Name search over the encrypted names, as for persons: keyed digests of name tokens.
  await db.schema
    .createTable('report_person_tokens')
    .addColumn('token', 'text', (column) => column.notNull()) // (bi)
    .addColumn('report_person_id', 'text', (column) => column.notNull().references('report_people.id').onDelete('cascade'))
    .addColumn('report_id', 'text', (column) => column.notNull().references('reports.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('report_person_tokens_pk', ['token', 'report_person_id'])
    .execute();
  await db.schema.createIndex('report_person_tokens_person_idx').on('report_person_tokens').column('report_person_id').execute();
  await db.schema.createIndex('report_person_tokens_report_idx').on('report_person_tokens').column('report_id').execute();

  // Contacts mentioned in a report (the reporter's, the people's), as blind indexes for duplicate
  // detection. A reporter who asked not to be called back is marked withheld: matched only for
  // the recording organisation.
  await db.schema
    .createTable('report_identifiers')
    .addColumn('value_index', 'text', (column) => column.notNull()) // (bi)
    .addColumn('report_id', 'text', (column) => column.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('source', 'text', (column) => column.notNull()) // reporter | person
    .addColumn('is_withheld', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('report_identifiers_pk', ['value_index', 'report_id', 'source'])
    .execute();
  await db.schema.createIndex('report_identifiers_report_idx').on('report_identifiers').column('report_id').execute();

  await db.schema
    .createTable('report_status_history')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('report_id', 'text', (column) => column.notNull().references('reports.id').onDelete('cascade'))
    // Order of the moves within a report: two moves may share a timestamp.
    .addColumn('sequence', 'integer', (column) => column.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (column) => column.notNull())
    .addColumn('reason', 'text', (column) => column.notNull()) // (enc)
    .addColumn('closure_reason', 'text')
    .addColumn('assigned_user_id', 'text', (column) => column.references('users.id'))
    .addColumn('assigned_organisation_id', 'text', (column) => column.references('organisations.id'))
    .addColumn('moved_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('moved_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('report_status_history_report_idx').on('report_status_history').columns(['report_id', 'sequence']).unique().execute();

  // Links are symmetric: one row per pair, the smaller id first, so a pair cannot be linked twice.
  await db.schema
    .createTable('report_links')
    .addColumn('report_id', 'text', (column) => column.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('linked_report_id', 'text', (column) => column.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('linked_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('linked_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('report_links_pk', ['report_id', 'linked_report_id'])
    .execute();
  // The other direction of the pair.
  await db.schema.createIndex('report_links_linked_idx').on('report_links').column('linked_report_id').execute();

  // Organisations other than the recording one that may read a report: by referral or assignment
  // (one row per organisation: how it first got the report).
  await db.schema
    .createTable('report_shares')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('report_id', 'text', (column) => column.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (column) => column.notNull()) // referral | assignment
    .addColumn('note', 'text') // (enc)
    .addColumn('shared_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('shared_at', 'text', (column) => column.notNull())
    // A copy of the report's is_open, kept with every status move: an organisation's queue of
    // reports it was given reads only the open ones from the index below, however many it got over the years.
    .addColumn('is_open', 'integer', (column) => column.notNull())
    .addUniqueConstraint('report_shares_unique', ['report_id', 'organisation_id'])
    .execute();
  // What an organisation was given (open first): its part of the queue and of every list.
  await db.schema.createIndex('report_shares_organisation_idx').on('report_shares').columns(['organisation_id', 'is_open', 'report_id']).execute();

  await db.schema
    .createTable('operations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('occurred_on', 'text', (column) => column.notNull())
    .addColumn('site_id', 'text', (column) => column.notNull().references('sites.id'))
    .addColumn('lead_organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('receiving_organisation_id', 'text', (column) => column.references('organisations.id'))
    .addColumn('owner_organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('recorded_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('rescued_total', 'integer', (column) => column.notNull())
    .addColumn('arrests_total', 'integer', (column) => column.notNull())
    .addColumn('evidence_notes', 'text', (column) => column.notNull()) // (enc)
    .addColumn('exploitation_types', 'text', (column) => column.notNull())
    .addColumn('is_demo', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  // Operations at a site (its page, "no operation" pattern).
  await db.schema.createIndex('operations_site_idx').on('operations').columns(['site_id', 'occurred_on']).execute();

  // Every organisation that took part in an operation, and in which role; they are the ones who see it.
  await db.schema
    .createTable('operation_parties')
    .addColumn('operation_id', 'text', (column) => column.notNull().references('operations.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('role', 'text', (column) => column.notNull()) // recorder | lead | agency | receiving | reporting
    .addPrimaryKeyConstraint('operation_parties_pk', ['operation_id', 'organisation_id', 'role'])
    .execute();
  // The operations an organisation may see.
  await db.schema.createIndex('operation_parties_organisation_idx').on('operation_parties').columns(['organisation_id', 'operation_id']).execute();

  await db.schema
    .createTable('operation_rescued_counts')
    .addColumn('operation_id', 'text', (column) => column.notNull().references('operations.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('nationality', 'text')
    .addColumn('sex', 'text', (column) => column.notNull())
    .addColumn('age_group', 'text', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('operation_rescued_counts_pk', ['operation_id', 'position'])
    .execute();

  await db.schema
    .createTable('operation_arrest_counts')
    .addColumn('operation_id', 'text', (column) => column.notNull().references('operations.id').onDelete('cascade'))
    .addColumn('nationality', 'text', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('operation_arrest_counts_pk', ['operation_id', 'nationality'])
    .execute();

  // The individuals rescued: the person and the survivor case opened for them.
  await db.schema
    .createTable('operation_rescued_persons')
    .addColumn('operation_id', 'text', (column) => column.notNull().references('operations.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (column) => column.notNull().references('persons.id'))
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('operation_rescued_persons_pk', ['operation_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('operation_reports')
    .addColumn('operation_id', 'text', (column) => column.notNull().references('operations.id').onDelete('cascade'))
    .addColumn('report_id', 'text', (column) => column.notNull().references('reports.id'))
    .addPrimaryKeyConstraint('operation_reports_pk', ['operation_id', 'report_id'])
    .execute();
  // The operations that acted on a report (its page).
  await db.schema.createIndex('operation_reports_report_idx').on('operation_reports').column('report_id').execute();

  // A site's dated status history; each entry names its source (a typed reference).
  await db.schema
    .createTable('site_status_history')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('site_id', 'text', (column) => column.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('sequence', 'integer', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('occurred_on', 'text', (column) => column.notNull())
    .addColumn('source_kind', 'text', (column) => column.notNull())
    .addColumn('source_report_id', 'text', (column) => column.references('reports.id'))
    .addColumn('source_operation_id', 'text', (column) => column.references('operations.id'))
    .addColumn('source_title', 'text')
    .addColumn('source_publisher', 'text')
    .addColumn('source_date', 'text')
    .addColumn('source_url', 'text')
    .addColumn('source_reference', 'text')
    .addColumn('is_correction', 'integer', (column) => column.notNull())
    .addColumn('correction_reason', 'text')
    .addColumn('recorded_by', 'text', (column) => column.references('users.id'))
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('site_status_history_site_idx').on('site_status_history').columns(['site_id', 'sequence']).unique().execute();

  // Province boundaries an administrator imported (`ctip geo import`), one row per province.
  await db.schema
    .createTable('geo_boundaries')
    .addColumn('province_code', 'text', (column) => column.primaryKey().references('provinces.code'))
    .addColumn('geometry', 'text', (column) => column.notNull())
    .addColumn('attribution', 'text', (column) => column.notNull())
    .addColumn('source_file', 'text', (column) => column.notNull())
    .addColumn('imported_at', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'geo_boundaries',
    'site_status_history',
    'operation_reports',
    'operation_rescued_persons',
    'operation_arrest_counts',
    'operation_rescued_counts',
    'operation_parties',
    'operations',
    'report_shares',
    'report_links',
    'report_status_history',
    'report_identifiers',
    'report_person_tokens',
    'report_people',
    'reports',
    'report_number_counters',
    'site_operators',
    'site_names',
    'sites',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
