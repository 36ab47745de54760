/**
 * Every column that holds field-encrypted text, by table. Key rotation re-encrypts exactly
 * these; the byte-scan tests write canaries through them. A module that adds an encrypted
 * column adds it here in the same change. (Attachment contents are binary and are listed
 * separately in {@link ENCRYPTED_BINARY_COLUMNS}.)
 */
export const ENCRYPTED_COLUMNS: ReadonlyArray<{ table: string; idColumn: string; columns: readonly string[] }> = [
  { table: 'users', idColumn: 'id', columns: ['totp_secret', 'totp_pending_secret'] },
  { table: 'persons', idColumn: 'id', columns: ['display_name', 'home_detail'] },
  { table: 'person_names', idColumn: 'id', columns: ['value'] },
  { table: 'person_documents', idColumn: 'id', columns: ['number'] },
  { table: 'person_contacts', idColumn: 'id', columns: ['value', 'note'] },
  { table: 'screenings', idColumn: 'id', columns: ['evidence', 'summary'] },
  { table: 'cases', idColumn: 'id', columns: ['recruitment', 'guardian', 'best_interest'] },
  { table: 'case_stage_history', idColumn: 'id', columns: ['reason'] },
  { table: 'case_consents', idColumn: 'id', columns: ['note', 'withdrawal_reason'] },
  { table: 'case_referrals', idColumn: 'id', columns: ['note', 'response_note', 'consent_override_reason'] },
  { table: 'case_entries', idColumn: 'id', columns: ['data'] },
  { table: 'follow_ups', idColumn: 'id', columns: ['notes'] },
  { table: 'case_notes', idColumn: 'id', columns: ['body'] },
  { table: 'case_attachments', idColumn: 'id', columns: ['file_name'] },
  { table: 'reports', idColumn: 'id', columns: ['reporter_name', 'reporter_contact', 'place_detail', 'allegation'] },
  { table: 'report_people', idColumn: 'id', columns: ['names', 'contacts', 'details'] },
  { table: 'report_status_history', idColumn: 'id', columns: ['reason'] },
  { table: 'report_shares', idColumn: 'id', columns: ['note'] },
  { table: 'operations', idColumn: 'id', columns: ['evidence_notes'] },
  { table: 'case_import_jobs', idColumn: 'id', columns: ['columns'] },
  { table: 'linkage_models', idColumn: 'id', columns: ['model'] },
  { table: 'linkage_candidates', idColumn: 'id', columns: ['contributions'] },
];

/** Binary columns sealed with the field key (see crypto/field-cipher.ts, sealBinary). */
export const ENCRYPTED_BINARY_COLUMNS: ReadonlyArray<{ table: string; idColumn: string; column: string }> = [
  { table: 'case_attachments', idColumn: 'id', column: 'content' },
  { table: 'case_import_files', idColumn: 'job_id', column: 'content' },
];
