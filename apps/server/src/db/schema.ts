/**
 * The database as the application sees it (Kysely's table types). Conventions, the same in
 * SQLite and PostgreSQL so one set of queries serves both (docs/adr/0002):
 * ids are text UUIDs; timestamps are ISO-8601 UTC text (sortable); booleans are 0/1 integers;
 * lists and small objects are JSON text; encrypted values are text envelopes (crypto/).
 */

export interface OrganisationsTable {
  id: string;
  code: string | null;
  name_en: string;
  name_km: string | null;
  acronym: string | null;
  kind: string;
  country_code: string | null;
  is_platform_operator: number;
  status: string;
  source: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  password_hash: string;
  locale: string;
  status: string;
  must_change_password: number;
  is_demo: number;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: string | null;
  totp_last_step: number | null;
  password_changed_at: string;
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  state: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  idle_expires_at: string;
  absolute_expires_at: string;
  ip: string | null;
  user_agent: string | null;
  revoked_at: string | null;
  revoked_reason: string | null;
}

export interface AuthThrottleTable {
  key: string;
  window_started_at: string;
  failures: number;
  blocked_until: string | null;
}

export interface AuditEventsTable {
  seq: number;
  id: string;
  occurred_at: string;
  action: string;
  outcome: string;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  resource_type: string | null;
  resource_id: string | null;
  changed_fields: string;
  details: string;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditAnchorTable {
  id: number;
  seq: number;
  hash: string;
  mac: string;
}

export interface KeyRingTable {
  purpose: string;
  version: number;
  wrapped_key: string;
  created_at: string;
  retired_at: string | null;
}

export interface SystemSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface ProvincesTable {
  code: string;
  name_en: string;
  name_km: string;
  latitude: number;
  longitude: number;
  data: string;
}

export interface CountriesTable {
  code: string;
  alpha3: string;
  name_en: string;
  name_km: string;
  data: string;
}

export interface ReferenceItemsTable {
  kind: string;
  id: string;
  sort_key: string;
  indicator: string | null;
  search_text: string;
  data: string;
}

export interface PersonsTable {
  id: string;
  owner_organisation_id: string;
  display_name: string;
  sex: string;
  birth_precision: string | null;
  birth_date: string | null;
  birth_age: number | null;
  birth_age_at: string | null;
  birth_year_estimate: number | null;
  nationalities: string;
  languages: string;
  home_province_code: string | null;
  home_detail: string | null;
  /** The cluster (same human being) this record belongs to; null until linkage sets it. */
  cluster_id: string | null;
  is_demo: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface PersonNamesTable {
  id: string;
  person_id: string;
  position: number;
  script: string;
  kind: string;
  value: string;
  created_at: string;
}

export interface PersonNameTokensTable {
  token: string;
  person_id: string;
}

export interface PersonDocumentsTable {
  id: string;
  person_id: string;
  type: string;
  number: string;
  number_index: string;
  issuing_country: string | null;
  held_by_others: number;
  created_at: string;
}

export interface PersonContactsTable {
  id: string;
  person_id: string;
  kind: string;
  value: string;
  value_index: string;
  note: string | null;
  created_at: string;
}

export interface ScreeningsTable {
  id: string;
  person_id: string;
  organisation_id: string;
  screened_by: string;
  screened_on: string;
  act_date: string | null;
  age_at_act: number | null;
  acts: string;
  means: string;
  purposes: string;
  indicators: string;
  evidence: string;
  summary: string;
  forced_criminality: number;
  outcome: string;
  is_child: number;
  reasons: string;
  created_at: string;
}

export interface CaseNumberCountersTable {
  year: number;
  next: number;
}

export interface CasesTable {
  id: string;
  case_number: string;
  person_id: string;
  screening_id: string | null;
  owner_organisation_id: string;
  assigned_user_id: string | null;
  stage: string;
  opened_on: string;
  closed_on: string | null;
  closure_reason: string | null;
  is_child: number;
  age_at_identification: number | null;
  sex: string;
  nationality: string | null;
  province_code: string | null;
  restricted: number;
  identification_status: string;
  identification_authority: string | null;
  identification_date: string | null;
  non_punishment: number;
  mosvy_case_number: string | null;
  primero_id: string | null;
  oscar_id: string | null;
  recruitment: string | null;
  guardian: string | null;
  best_interest: string | null;
  victim_rights: string;
  next_follow_up_due: string | null;
  is_demo: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CaseExploitationTable {
  case_id: string;
  kind: string;
  code: string;
}

export interface CaseRouteLegsTable {
  id: string;
  case_id: string;
  position: number;
  role: string;
  country_code: string;
  province_code: string | null;
  place: string | null;
  arrived_on: string | null;
  left_on: string | null;
}

export interface CaseStageHistoryTable {
  id: string;
  case_id: string;
  sequence: number;
  from_stage: string | null;
  to_stage: string;
  reason: string;
  closure_reason: string | null;
  moved_by: string;
  moved_at: string;
}

export interface CaseRestrictedUsersTable {
  case_id: string;
  user_id: string;
}

export interface CaseConsentsTable {
  id: string;
  case_id: string;
  kind: string;
  recipient_organisation_id: string | null;
  recipient_country: string | null;
  method: string;
  given_on: string;
  note: string;
  recorded_by: string;
  created_at: string;
  withdrawn_on: string | null;
  withdrawal_reason: string | null;
  withdrawn_by: string | null;
}

export interface CaseReferralsTable {
  id: string;
  case_id: string;
  kind: string;
  service: string | null;
  from_organisation_id: string;
  to_organisation_id: string;
  status: string;
  note: string;
  response_note: string | null;
  consent_override_reason: string | null;
  created_by: string;
  created_at: string;
  responded_by: string | null;
  responded_at: string | null;
  ended_at: string | null;
}

export interface CaseGrantsTable {
  id: string;
  case_id: string;
  organisation_id: string;
  sections: string;
  referral_id: string | null;
  granted_at: string;
  revoked_at: string | null;
}

export interface CaseEntriesTable {
  id: string;
  case_id: string;
  section: string;
  kind: string;
  occurred_on: string;
  data: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface SheltersTable {
  id: string;
  organisation_id: string;
  name: string;
  province_code: string;
  capacity: number;
  accepts_sex: string;
  accepts_children: number;
  status: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface ShelterStaysTable {
  id: string;
  case_id: string;
  shelter_id: string;
  admitted_on: string;
  left_on: string | null;
  leaving_reason: string | null;
  created_by: string;
  created_at: string;
}

export interface FollowUpsTable {
  id: string;
  case_id: string;
  due_on: string;
  completed_on: string | null;
  method: string | null;
  outcome: string | null;
  notes: string | null;
  completed_by: string | null;
  created_at: string;
}

export interface CaseNotesTable {
  id: string;
  case_id: string;
  body: string;
  author_id: string;
  created_at: string;
}

export interface CaseAttachmentsTable {
  id: string;
  case_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  content: Buffer;
  uploaded_by: string;
  created_at: string;
}

/** Intake, the site registry, operations and the map (migration 0004). */
export interface SitesTable {
  id: string;
  kind: string;
  name: string;
  province_code: string;
  latitude: number | null;
  longitude: number | null;
  address: string | null;
  description: string;
  current_status: string;
  current_status_on: string;
  first_recorded_on: string;
  is_published: number;
  published_at: string | null;
  published_by: string | null;
  created_by: string;
  created_by_organisation_id: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface SiteNamesTable {
  id: string;
  site_id: string;
  position: number;
  kind: string;
  name: string;
}

export interface SiteOperatorsTable {
  id: string;
  site_id: string;
  position: number;
  name: string;
  registration: string | null;
}

export interface ReportNumberCountersTable {
  year: number;
  next: number;
}

export interface ReportsTable {
  id: string;
  reference: string;
  owner_organisation_id: string;
  recorded_by: string;
  channel: string;
  received_at: string;
  reporter_anonymous: number;
  reporter_name: string | null;
  reporter_contact: string | null;
  reporter_relationship: string | null;
  do_not_call_back: number;
  people_count: number | null;
  people_nationalities: string;
  site_id: string | null;
  province_code: string | null;
  place_detail: string | null;
  allegation: string;
  allegation_types: string;
  urgency: string;
  status: string;
  is_open: number;
  closure_reason: string | null;
  assigned_user_id: string | null;
  assigned_organisation_id: string | null;
  due_at: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface ReportPeopleTable {
  id: string;
  report_id: string;
  position: number;
  names: string;
  contacts: string;
  nationality: string | null;
  age: number | null;
  sex: string;
  /** (enc) JSON: birth date, passport, last known location, site name, notes; null when none. */
  details: string | null;
}

export interface ReportPersonTokensTable {
  token: string;
  report_person_id: string;
  report_id: string;
}

export interface ReportIdentifiersTable {
  value_index: string;
  report_id: string;
  source: string;
  is_withheld: number;
}

export interface ReportStatusHistoryTable {
  id: string;
  report_id: string;
  sequence: number;
  from_status: string | null;
  to_status: string;
  reason: string;
  closure_reason: string | null;
  assigned_user_id: string | null;
  assigned_organisation_id: string | null;
  moved_by: string;
  moved_at: string;
}

export interface ReportLinksTable {
  report_id: string;
  linked_report_id: string;
  reason: string;
  linked_by: string;
  linked_at: string;
}

export interface ReportSharesTable {
  id: string;
  report_id: string;
  organisation_id: string;
  kind: string;
  note: string | null;
  shared_by: string;
  shared_at: string;
  is_open: number;
}

export interface OperationsTable {
  id: string;
  kind: string;
  occurred_on: string;
  site_id: string;
  lead_organisation_id: string;
  receiving_organisation_id: string | null;
  owner_organisation_id: string;
  recorded_by: string;
  rescued_total: number;
  arrests_total: number;
  evidence_notes: string;
  exploitation_types: string;
  is_demo: number;
  created_at: string;
}

export interface OperationPartiesTable {
  operation_id: string;
  organisation_id: string;
  role: string;
}

export interface OperationRescuedCountsTable {
  operation_id: string;
  position: number;
  nationality: string | null;
  sex: string;
  age_group: string;
  count: number;
}

export interface OperationArrestCountsTable {
  operation_id: string;
  nationality: string;
  count: number;
}

export interface OperationRescuedPersonsTable {
  operation_id: string;
  person_id: string;
  case_id: string;
  position: number;
}

export interface OperationReportsTable {
  operation_id: string;
  report_id: string;
}

export interface SiteStatusHistoryTable {
  id: string;
  site_id: string;
  sequence: number;
  status: string;
  occurred_on: string;
  source_kind: string;
  source_report_id: string | null;
  source_operation_id: string | null;
  source_title: string | null;
  source_publisher: string | null;
  source_date: string | null;
  source_url: string | null;
  source_reference: string | null;
  is_correction: number;
  correction_reason: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface GeoBoundariesTable {
  province_code: string;
  geometry: string;
  attribution: string;
  source_file: string;
  imported_at: string;
}

export interface LinkageModelsTable {
  id: string;
  version: number;
  model: string;
  parameters: string;
  records: number;
  created_by: string | null;
  created_at: string;
}

export interface LinkageRunsTable {
  id: string;
  status: string;
  phase: string | null;
  done: number;
  total: number;
  model_id: string | null;
  persons: number;
  scored_pairs: number;
  candidates: number;
  error: string | null;
  started_by: string | null;
  started_at: string;
  finished_at: string | null;
}

export interface LinkageCandidatesTable {
  id: string;
  run_id: string;
  person_a: string;
  person_b: string;
  probability: number;
  weight: number;
  contributions: string;
  status: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  created_at: string;
}

export interface PersonMatchesTable {
  id: string;
  person_a: string;
  person_b: string;
  candidate_id: string | null;
  probability: number | null;
  confirmed_by: string;
  confirmed_at: string;
  undone_by: string | null;
  undone_at: string | null;
}

export interface EstimationRunsTable {
  id: string;
  period_from: string;
  period_to: string;
  lists: string;
  options: string;
  contingency_table: string;
  result: string;
  diagnostics: string;
  created_by: string;
  created_at: string;
}

/** Every table, keyed by name. Modules extend this as their migrations add tables. */
/** An import of a spreadsheet (modules/case-exchange): a legacy case register, or an embassy's list (intake). */
export interface CaseImportJobsTable {
  id: string;
  /** case | embassy_list */
  kind: string;
  organisation_id: string;
  created_by: string;
  status: string;
  format: string;
  size_bytes: number;
  rows_total: number;
  rows_done: number;
  header_row: number;
  columns: string;
  mapping: string | null;
  report: string | null;
  result: string | null;
  failure: string | null;
  committed_by: string | null;
  created_at: string;
  updated_at: string;
  expires_at: string;
  finished_at: string | null;
}

/** An uploaded spreadsheet, sealed, kept only while its import job runs (at most an hour). */
export interface CaseImportFilesTable {
  job_id: string;
  content: Buffer;
  created_at: string;
}

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  auth_throttle: AuthThrottleTable;
  audit_events: AuditEventsTable;
  audit_anchor: AuditAnchorTable;
  key_ring: KeyRingTable;
  system_settings: SystemSettingsTable;
  provinces: ProvincesTable;
  countries: CountriesTable;
  reference_items: ReferenceItemsTable;
  persons: PersonsTable;
  person_names: PersonNamesTable;
  person_name_tokens: PersonNameTokensTable;
  person_documents: PersonDocumentsTable;
  person_contacts: PersonContactsTable;
  screenings: ScreeningsTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  case_exploitation: CaseExploitationTable;
  case_route_legs: CaseRouteLegsTable;
  case_stage_history: CaseStageHistoryTable;
  case_restricted_users: CaseRestrictedUsersTable;
  case_consents: CaseConsentsTable;
  case_referrals: CaseReferralsTable;
  case_grants: CaseGrantsTable;
  case_entries: CaseEntriesTable;
  shelters: SheltersTable;
  shelter_stays: ShelterStaysTable;
  follow_ups: FollowUpsTable;
  case_notes: CaseNotesTable;
  case_attachments: CaseAttachmentsTable;
  linkage_models: LinkageModelsTable;
  linkage_runs: LinkageRunsTable;
  linkage_candidates: LinkageCandidatesTable;
  person_matches: PersonMatchesTable;
  estimation_runs: EstimationRunsTable;
  sites: SitesTable;
  site_names: SiteNamesTable;
  site_operators: SiteOperatorsTable;
  report_number_counters: ReportNumberCountersTable;
  reports: ReportsTable;
  report_people: ReportPeopleTable;
  report_person_tokens: ReportPersonTokensTable;
  report_identifiers: ReportIdentifiersTable;
  report_status_history: ReportStatusHistoryTable;
  report_links: ReportLinksTable;
  report_shares: ReportSharesTable;
  operations: OperationsTable;
  operation_parties: OperationPartiesTable;
  operation_rescued_counts: OperationRescuedCountsTable;
  operation_arrest_counts: OperationArrestCountsTable;
  operation_rescued_persons: OperationRescuedPersonsTable;
  operation_reports: OperationReportsTable;
  site_status_history: SiteStatusHistoryTable;
  geo_boundaries: GeoBoundariesTable;
  case_import_jobs: CaseImportJobsTable;
  case_import_files: CaseImportFilesTable;
}
