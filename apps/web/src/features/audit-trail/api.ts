import { auditEventSchema, auditVerificationSchema, pageOf } from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

const auditPageSchema = pageOf(auditEventSchema);

/** Filters of the audit trail. `action` may end in `*` to match a prefix (`user.*`). */
export interface AuditListQuery {
  page: number;
  pageSize: number;
  action?: string;
  actorUserId?: string | null;
  resourceType?: string | null;
  resourceId?: string;
  outcome?: 'success' | 'failure' | 'denied' | null;
  /** ISO instants. */
  from?: string | null;
  to?: string | null;
}

/** One page of the audit trail, newest first. @throws ApiError */
export function listAuditEvents(query: AuditListQuery, signal?: AbortSignal) {
  return apiRequest('GET', '/api/audit-events', { query: { ...query }, schema: auditPageSchema, signal });
}

/** Verifies the keyed hash chain of the whole trail. @throws ApiError */
export function verifyAuditChain() {
  return apiRequest('POST', '/api/audit-events/verify', { schema: auditVerificationSchema });
}
