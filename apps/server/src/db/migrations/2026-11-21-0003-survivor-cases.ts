import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code and never changes once released.
// Columns marked (enc) hold field-encrypted envelopes; (bi) keyed blind indexes.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('persons')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('owner_organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('display_name', 'text', (column) => column.notNull()) // (enc)
    .addColumn('sex', 'text', (column) => column.notNull())
    .addColumn('birth_precision', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('birth_age', 'integer')
    .addColumn('birth_age_at', 'text')
    .addColumn('birth_year_estimate', 'integer')
    .addColumn('nationalities', 'text', (column) => column.notNull())
    .addColumn('languages', 'text', (column) => column.notNull())
    .addColumn('home_province_code', 'text', (column) => column.references('provinces.code'))
    .addColumn('home_detail', 'text') // (enc) district, commune, village
    .addColumn('is_demo', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('person_names')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('person_id', 'text', (column) => column.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('script', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('value', 'text', (column) => column.notNull()) // (enc) full, family, given
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('person_names_person_idx').on('person_names').column('person_id').execute();

  // Search over encrypted names: keyed digests of normalised, romanised and phonetic tokens.
  await db.schema
    .createTable('person_name_tokens')
    .addColumn('token', 'text', (column) => column.notNull()) // (bi)
    .addColumn('person_id', 'text', (column) => column.notNull().references('persons.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('person_name_tokens_pk', ['token', 'person_id'])
    .execute();
  await db.schema.createIndex('person_name_tokens_person_idx').on('person_name_tokens').column('person_id').execute();

  await db.schema
    .createTable('person_documents')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('person_id', 'text', (column) => column.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('number', 'text', (column) => column.notNull()) // (enc)
    .addColumn('number_index', 'text', (column) => column.notNull()) // (bi)
    .addColumn('issuing_country', 'text')
    .addColumn('held_by_others', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('person_documents_index_idx').on('person_documents').column('number_index').execute();
  await db.schema.createIndex('person_documents_person_idx').on('person_documents').column('person_id').execute();

  await db.schema
    .createTable('person_contacts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('person_id', 'text', (column) => column.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('value', 'text', (column) => column.notNull()) // (enc)
    .addColumn('value_index', 'text', (column) => column.notNull()) // (bi)
    .addColumn('note', 'text') // (enc)
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('person_contacts_index_idx').on('person_contacts').column('value_index').execute();
  await db.schema.createIndex('person_contacts_person_idx').on('person_contacts').column('person_id').execute();

  await db.schema
    .createTable('screenings')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('person_id', 'text', (column) => column.notNull().references('persons.id'))
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('screened_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('screened_on', 'text', (column) => column.notNull())
    .addColumn('act_date', 'text')
    .addColumn('age_at_act', 'integer')
    // Which elements were found are codes (for statistics); what was seen is evidence (enc).
    .addColumn('acts', 'text', (column) => column.notNull())
    .addColumn('means', 'text', (column) => column.notNull())
    .addColumn('purposes', 'text', (column) => column.notNull())
    .addColumn('indicators', 'text', (column) => column.notNull())
    .addColumn('evidence', 'text', (column) => column.notNull()) // (enc)
    .addColumn('summary', 'text', (column) => column.notNull()) // (enc)
    .addColumn('forced_criminality', 'integer', (column) => column.notNull())
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('is_child', 'integer', (column) => column.notNull())
    .addColumn('reasons', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('screenings_person_idx').on('screenings').column('person_id').execute();

  await db.schema
    .createTable('case_number_counters')
    .addColumn('year', 'integer', (column) => column.primaryKey())
    .addColumn('next', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_number', 'text', (column) => column.notNull().unique())
    .addColumn('person_id', 'text', (column) => column.notNull().references('persons.id'))
    // Null while screening is pending (people rescued in a raid get a case at once).
    .addColumn('screening_id', 'text', (column) => column.unique().references('screenings.id'))
    .addColumn('owner_organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('assigned_user_id', 'text', (column) => column.references('users.id'))
    .addColumn('stage', 'text', (column) => column.notNull())
    .addColumn('opened_on', 'text', (column) => column.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('closure_reason', 'text')
    .addColumn('is_child', 'integer', (column) => column.notNull())
    .addColumn('age_at_identification', 'integer')
    // Copies of the person's non-identifying facts, so lists filter without joins.
    .addColumn('sex', 'text', (column) => column.notNull())
    .addColumn('nationality', 'text')
    .addColumn('province_code', 'text')
    .addColumn('restricted', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('identification_status', 'text', (column) => column.notNull())
    .addColumn('identification_authority', 'text')
    .addColumn('identification_date', 'text')
    .addColumn('non_punishment', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('mosvy_case_number', 'text')
    .addColumn('primero_id', 'text')
    .addColumn('oscar_id', 'text')
    .addColumn('recruitment', 'text') // (enc)
    .addColumn('guardian', 'text') // (enc)
    .addColumn('best_interest', 'text') // (enc)
    .addColumn('victim_rights', 'text', (column) => column.notNull())
    .addColumn('next_follow_up_due', 'text')
    .addColumn('is_demo', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  // The case list: by owner and recency, and the filters people use most.
  await db.schema.createIndex('cases_owner_updated_idx').on('cases').columns(['owner_organisation_id', 'updated_at']).execute();
  await db.schema.createIndex('cases_person_idx').on('cases').column('person_id').execute();
  await db.schema.createIndex('cases_stage_idx').on('cases').columns(['stage', 'updated_at']).execute();
  await db.schema.createIndex('cases_follow_up_idx').on('cases').column('next_follow_up_due').execute();
  await db.schema.createIndex('cases_assigned_idx').on('cases').column('assigned_user_id').execute();

  await db.schema
    .createTable('case_exploitation')
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (column) => column.notNull()) // type | sector
    .addColumn('code', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('case_exploitation_pk', ['case_id', 'kind', 'code'])
    .execute();
  await db.schema.createIndex('case_exploitation_code_idx').on('case_exploitation').columns(['kind', 'code', 'case_id']).execute();

  await db.schema
    .createTable('case_route_legs')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('country_code', 'text', (column) => column.notNull().references('countries.code'))
    .addColumn('province_code', 'text', (column) => column.references('provinces.code'))
    .addColumn('place', 'text')
    .addColumn('arrived_on', 'text')
    .addColumn('left_on', 'text')
    .execute();
  await db.schema.createIndex('case_route_legs_case_idx').on('case_route_legs').column('case_id').execute();

  await db.schema
    .createTable('case_stage_history')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    // Order of the moves within a case: two moves may share a timestamp.
    .addColumn('sequence', 'integer', (column) => column.notNull())
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text', (column) => column.notNull())
    .addColumn('reason', 'text', (column) => column.notNull()) // (enc)
    .addColumn('closure_reason', 'text')
    .addColumn('moved_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('moved_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('case_stage_history_case_idx').on('case_stage_history').columns(['case_id', 'sequence']).unique().execute();

  await db.schema
    .createTable('case_restricted_users')
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    .addPrimaryKeyConstraint('case_restricted_users_pk', ['case_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('case_consents')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('recipient_organisation_id', 'text', (column) => column.references('organisations.id'))
    .addColumn('recipient_country', 'text')
    .addColumn('method', 'text', (column) => column.notNull())
    .addColumn('given_on', 'text', (column) => column.notNull())
    .addColumn('note', 'text', (column) => column.notNull()) // (enc)
    .addColumn('recorded_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('withdrawn_on', 'text')
    .addColumn('withdrawal_reason', 'text') // (enc)
    .addColumn('withdrawn_by', 'text')
    .execute();
  await db.schema.createIndex('case_consents_case_idx').on('case_consents').column('case_id').execute();

  await db.schema
    .createTable('case_referrals')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (column) => column.notNull()) // referral | transfer
    .addColumn('service', 'text')
    .addColumn('from_organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('to_organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('note', 'text', (column) => column.notNull()) // (enc)
    .addColumn('response_note', 'text') // (enc)
    .addColumn('consent_override_reason', 'text') // (enc)
    .addColumn('created_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('responded_by', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('case_referrals_case_idx').on('case_referrals').column('case_id').execute();
  await db.schema.createIndex('case_referrals_to_idx').on('case_referrals').columns(['to_organisation_id', 'status']).execute();
  await db.schema.createIndex('case_referrals_from_idx').on('case_referrals').columns(['from_organisation_id', 'status']).execute();

  // What another organisation may see of a case, and until when (an accepted referral).
  await db.schema
    .createTable('case_grants')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('sections', 'text', (column) => column.notNull())
    .addColumn('referral_id', 'text', (column) => column.references('case_referrals.id'))
    .addColumn('granted_at', 'text', (column) => column.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('case_grants_organisation_idx').on('case_grants').columns(['organisation_id', 'revoked_at', 'case_id']).execute();
  await db.schema.createIndex('case_grants_case_idx').on('case_grants').column('case_id').execute();

  // Assessments, service plans, services delivered, repatriation, family tracing and
  // reintegration plans: typed entries whose content (enc) is validated by kind.
  await db.schema
    .createTable('case_entries')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('section', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('occurred_on', 'text', (column) => column.notNull())
    .addColumn('data', 'text', (column) => column.notNull()) // (enc)
    .addColumn('created_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('case_entries_case_idx').on('case_entries').columns(['case_id', 'kind']).execute();

  await db.schema
    .createTable('shelters')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('province_code', 'text', (column) => column.notNull().references('provinces.code'))
    .addColumn('capacity', 'integer', (column) => column.notNull())
    .addColumn('accepts_sex', 'text', (column) => column.notNull())
    .addColumn('accepts_children', 'integer', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('is_demo', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('shelter_stays')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('shelter_id', 'text', (column) => column.notNull().references('shelters.id'))
    .addColumn('admitted_on', 'text', (column) => column.notNull())
    .addColumn('left_on', 'text')
    .addColumn('leaving_reason', 'text')
    .addColumn('created_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('shelter_stays_shelter_idx').on('shelter_stays').columns(['shelter_id', 'left_on']).execute();
  await db.schema.createIndex('shelter_stays_case_idx').on('shelter_stays').column('case_id').execute();

  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('due_on', 'text', (column) => column.notNull())
    .addColumn('completed_on', 'text')
    .addColumn('method', 'text')
    .addColumn('outcome', 'text')
    .addColumn('notes', 'text') // (enc)
    .addColumn('completed_by', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('follow_ups_case_idx').on('follow_ups').columns(['case_id', 'due_on']).execute();

  await db.schema
    .createTable('case_notes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('body', 'text', (column) => column.notNull()) // (enc)
    .addColumn('author_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('case_notes_case_idx').on('case_notes').columns(['case_id', 'created_at']).execute();

  await db.schema
    .createTable('case_attachments')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) => column.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (column) => column.notNull()) // (enc)
    .addColumn('media_type', 'text', (column) => column.notNull())
    .addColumn('size_bytes', 'integer', (column) => column.notNull())
    // The file itself, sealed with AES-256-GCM bound to this row: (enc), binary.
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (column) => column.notNull())
    .addColumn('uploaded_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('case_attachments_case_idx').on('case_attachments').column('case_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'case_attachments', 'case_notes', 'follow_ups', 'shelter_stays', 'shelters', 'case_entries', 'case_grants', 'case_referrals', 'case_consents',
    'case_restricted_users', 'case_stage_history', 'case_route_legs', 'case_exploitation', 'cases', 'case_number_counters', 'screenings',
    'person_contacts', 'person_documents', 'person_name_tokens', 'person_names', 'persons',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
