/**
 * The audit actions the server writes (apps/server/src/audit/audit-events.ts), offered as
 * suggestions in the filter and translated in the list (`audit.json`, both languages). A module
 * that adds actions adds them here and to both translations; audit-actions.test.ts fails until it
 * does. (An unknown action from a newer server still shows, by its code.)
 */
export const AUDIT_ACTIONS = [
  'auth.sign_in.succeeded',
  'auth.sign_in.failed',
  'auth.second_factor.succeeded',
  'auth.second_factor.failed',
  'auth.second_factor.enrolled',
  'auth.password.changed',
  'auth.signed_out',
  'user.created',
  'user.updated',
  'user.disabled',
  'user.enabled',
  'user.password_reset',
  'user.second_factor_reset',
  'user.preferences_changed',
  'session.terminated',
  'organisation.created',
  'organisation.updated',
  'audit.browsed',
  'audit.verified',
  'keys.rotated',
  'backup.created',
  'reference.synced',
  'record.read',
  'record.listed',
  'record.exported',
  'person.created',
  'person.updated',
  'person.duplicates_checked',
  'screening.created',
  'case.opened',
  'case.updated',
  'case.stage_moved',
  'case.restriction_changed',
  'case.transferred',
  'case.entry_recorded',
  'case.entry_updated',
  'consent.recorded',
  'consent.withdrawn',
  'consent.overridden',
  'referral.created',
  'referral.accepted',
  'referral.declined',
  'referral.withdrawn',
  'referral.completed',
  'case_import.started',
  'case_import.validated',
  'case_import.committed',
  'case_import.failed',
  'case_import.cancelled',
  'case_import.expired',
  'intake_import.started',
  'intake_import.validated',
  'intake_import.committed',
  'intake_import.failed',
  'intake_import.cancelled',
  'intake_import.expired',
  'report.created',
  'report.updated',
  'report.status_moved',
  'report.linked',
  'report.unlinked',
  'report.shared',
  'report.duplicates_checked',
  'site.created',
  'site.updated',
  'site.status_recorded',
  'site.published',
  'site.unpublished',
  'operation.recorded',
  'geo.boundaries_imported',
  'follow_up.added',
  'follow_up.completed',
  'shelter.registered',
  'shelter.updated',
  'shelter.admitted',
  'shelter.left',
  'case.note_added',
  'attachment.uploaded',
  'linkage.run_started',
  'linkage.run_completed',
  'linkage.match_confirmed',
  'linkage.match_rejected',
  'linkage.match_undone',
  'estimation.run',
] as const;

/** The resource types audit events point at. */
export const AUDIT_RESOURCE_TYPES = [
  'user', 'organisation', 'session', 'audit', 'key', 'backup', 'reference', 'person', 'case', 'screening', 'consent', 'referral',
  'report', 'site', 'operation', 'shelter', 'attachment', 'case_import', 'intake_import', 'estimation', 'geo_boundaries', 'linkage_run', 'linkage_candidate', 'person_match',
] as const;

/** Prefix filters (`user.*`) for each group of actions. */
export const AUDIT_ACTION_PREFIXES = [...new Set(AUDIT_ACTIONS.map((action) => `${action.split('.')[0]}.*`))];

// The server accepts an action name, optionally ending in * for a prefix.
const ACTION_FILTER = /^[a-z_.]+\*?$/;

/** Whether a typed action filter is one the server accepts (blank means no filter). */
export function isValidActionFilter(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || (trimmed.length <= 80 && ACTION_FILTER.test(trimmed));
}

/**
 * The ISO instants bounding a range of calendar days in the browser's time zone: from the
 * start of the first day to the end of the last. Days are `YYYY-MM-DD`.
 */
export function dayRangeToInstants(firstDay: string | null, lastDay: string | null): { from: string | null; to: string | null } {
  const toDate = (day: string, hours: number, minutes: number, seconds: number, milliseconds: number) => {
    const [year, month, date] = day.split('-').map(Number);
    if (!year || !month || !date) return null;
    return new Date(year, month - 1, date, hours, minutes, seconds, milliseconds).toISOString();
  };
  return {
    from: firstDay ? toDate(firstDay, 0, 0, 0, 0) : null,
    to: lastDay ? toDate(lastDay, 23, 59, 59, 999) : null,
  };
}
