import { administratorsCollection, platformAdministratorsOnly, type AccessEntry } from '../../testing/access-matrix';

/** Access matrix rows of the audit trail. */
export const auditTrailAccess: AccessEntry[] = [
  { method: 'GET', url: '/api/audit-events', expected: administratorsCollection, request: async () => ({ url: '/api/audit-events' }) },
  { method: 'POST', url: '/api/audit-events/verify', expected: platformAdministratorsOnly, request: async () => ({ url: '/api/audit-events/verify' }) },
];
