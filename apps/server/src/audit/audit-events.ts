/**
 * Every kind of audit event and the details it may carry. Details hold codes, counts and ids,
 * never record content: an audit row can be shown to an administrator without revealing a
 * survivor. Changed fields are names only.
 */
export interface AuditDetailsByAction {
  'auth.sign_in.succeeded': Record<string, never>;
  'auth.sign_in.failed': { reason: 'bad_credentials' | 'throttled' | 'disabled' };
  'auth.second_factor.succeeded': { method: 'totp' | 'recovery_code' };
  'auth.second_factor.failed': { reason: 'bad_code' | 'replayed_code' | 'throttled' };
  'auth.second_factor.enrolled': Record<string, never>;
  'auth.password.changed': Record<string, never>;
  'auth.signed_out': Record<string, never>;
  'user.created': { roles: string };
  'user.updated': Record<string, never>;
  'user.disabled': Record<string, never>;
  'user.enabled': Record<string, never>;
  'user.password_reset': Record<string, never>;
  'user.second_factor_reset': Record<string, never>;
  'user.preferences_changed': Record<string, never>;
  'session.terminated': { reason: string };
  'organisation.created': Record<string, never>;
  'organisation.updated': Record<string, never>;
  'audit.browsed': { filters: string; returned: number };
  'audit.verified': { ok: boolean; checked: number };
  'keys.rotated': { purpose: string; version: number; reencrypted: number };
  'backup.created': Record<string, never>;
  'reference.synced': { version: string };
  'record.read': { sections?: string; recordId?: string };
  'record.listed': { returned: number; filters: string };
  'record.exported': { format: string; rows: number; suppressed?: number; withoutConsent?: number; scope?: string };
  'person.created': Record<string, never>;
  'person.updated': Record<string, never>;
  'person.duplicates_checked': { candidates: number; elsewhere: number };
  'screening.created': { outcome: string };
  'case.opened': { caseNumber: string };
  'case.updated': Record<string, never>;
  'case.stage_moved': { from: string; to: string };
  'case.restriction_changed': { restricted: boolean; users: number };
  'consent.recorded': { kind: string };
  'consent.withdrawn': { kind: string; grantsRevoked: number };
  'consent.overridden': { referralId: string };
  'referral.created': { kind: string; service: string };
  'referral.accepted': { kind: string };
  'referral.declined': { kind: string };
  'referral.withdrawn': { kind: string };
  'referral.completed': { kind: string };
  'case.transferred': { from: string; to: string };
  'estimation.run': { lists: number; observed: number };
  'linkage.run_started': { train: boolean };
  'linkage.run_completed': { persons: number; candidates: number };
  'linkage.match_confirmed': { otherPersonId: string };
  'linkage.match_rejected': { otherPersonId: string };
  'linkage.match_undone': { otherPersonId: string };
  'case.entry_recorded': { kind: string };
  'case.entry_updated': { kind: string };
  'case_import.started': { format: string; rows: number; sizeBytes: number };
  'case_import.validated': { rows: number; errors: number; warnings: number };
  'case_import.committed': { persons: number; cases: number };
  'case_import.failed': { phase: string; code: string };
  'case_import.cancelled': Record<string, never>;
  'case_import.expired': Record<string, never>;
  'intake_import.started': { format: string; rows: number; sizeBytes: number };
  'intake_import.validated': { rows: number; errors: number; warnings: number };
  'intake_import.committed': { reportId: string; people: number };
  'intake_import.failed': { phase: string; code: string };
  'intake_import.cancelled': Record<string, never>;
  'intake_import.expired': Record<string, never>;
  'report.created': { channel: string; urgency: string; people: number };
  'report.updated': Record<string, never>;
  'report.status_moved': { from: string; to: string; closureReason?: string };
  'report.linked': { otherReportId: string; reason: string };
  'report.unlinked': { otherReportId: string };
  'report.shared': { kind: string; organisationId: string };
  'report.duplicates_checked': { candidates: number; elsewhere: number };
  'site.created': { kind: string };
  'site.updated': Record<string, never>;
  'site.status_recorded': { status: string; sourceKind: string; correction: boolean };
  'site.published': Record<string, never>;
  'site.unpublished': Record<string, never>;
  'operation.recorded': { kind: string; siteId: string; rescued: number; individuals: number; casesOpened: number; reportsActioned: number; arrests: number };
  'geo.boundaries_imported': { provinces: number };
  'follow_up.added': Record<string, never>;
  'follow_up.completed': { outcome: string };
  'shelter.registered': Record<string, never>;
  'shelter.updated': Record<string, never>;
  'shelter.admitted': { shelterId: string };
  'shelter.left': { shelterId: string; reason: string };
  'case.note_added': Record<string, never>;
  'attachment.uploaded': { mediaType: string; sizeBytes: number };
}

/** The name of an audit action. */
export type AuditAction = keyof AuditDetailsByAction;

/** Resource types that audit events point at. */
export type AuditResourceType = 'user' | 'organisation' | 'session' | 'audit' | 'key' | 'backup' | 'reference' | (string & {});

/** One event to record, as use cases describe it (a discriminated union on `action`). */
export type AuditEventInput = {
  [A in AuditAction]: {
    action: A;
    outcome?: 'success' | 'failure' | 'denied';
    resourceType?: AuditResourceType;
    resourceId?: string;
    changedFields?: string[];
    details?: AuditDetailsByAction[A];
  };
}[AuditAction];

/** Who is acting, from where, in which request. Required for every write (STYLE.md 8). */
export interface AuditContext {
  actorUserId: string | null;
  actorOrganisationId: string | null;
  requestId: string | null;
  ip: string | null;
}

/** The context of work done by the system itself (CLI, start-up), never by an anonymous request. */
export function systemAuditContext(label: string): AuditContext {
  return { actorUserId: null, actorOrganisationId: null, requestId: `system:${label}`, ip: null };
}
